# expect: wrong_answer
# variant: the linear rule at IoU > iou_threshold
# message: IoU exactly 0.5
# Linear rescoring only when IoU > iou_threshold (the authors' code), not the paper's >=.
import math

import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    s = scores.clone()
    alive = s >= score_threshold
    keep, kept_scores = [], []
    while bool(alive.any()):
        m = int(torch.argmax(torch.where(alive, s, torch.full_like(s, -math.inf))))
        keep.append(m)
        kept_scores.append(s[m].clone())
        alive[m] = False
        lt = torch.maximum(boxes[:, :2], boxes[m, :2])
        rb = torch.minimum(boxes[:, 2:], boxes[m, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (area[m] + area - inter)
        if method == "linear":
            factor = torch.where(iou > iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            factor = torch.exp(-(iou * iou) / sigma)
        s = torch.where(alive, s * factor, s)
        alive &= s >= score_threshold
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(kept_scores) if kept_scores else scores.new_empty(0)
