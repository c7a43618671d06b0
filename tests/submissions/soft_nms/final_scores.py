# expect: wrong_answer
# Rescores every box at each step, the selected ones too (IoU(M, M) = 1), and returns the
# scores left at the end instead of each box's score at its selection.
import math

import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    s = scores.clone()
    alive = s >= score_threshold
    keep = []
    while bool(alive.any()):
        m = int(torch.argmax(torch.where(alive, s, torch.full_like(s, -math.inf))))
        keep.append(m)
        alive[m] = False
        lt = torch.maximum(boxes[:, :2], boxes[m, :2])
        rb = torch.minimum(boxes[:, 2:], boxes[m, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (area[m] + area - inter)
        if method == "linear":
            s = s * torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            s = s * torch.exp(-(iou * iou) / sigma)
        alive &= s >= score_threshold
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, s[keep]
