# expect: wrong_answer
# variant: suppression at IoU >= threshold
# message: threshold 1|IoU exactly 0.5
# Suppresses at IoU >= threshold: a box whose IoU equals the threshold must be kept.
import torch


def nms(boxes, scores, iou_threshold):
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    order = scores.argsort(descending=True)
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        lt = torch.maximum(boxes[rest, :2], boxes[i, :2])
        rb = torch.minimum(boxes[rest, 2:], boxes[i, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (areas[i] + areas[rest] - inter)
        order = rest[iou < iou_threshold]
    return torch.stack(keep) if keep else torch.empty(0, dtype=torch.int64, device=boxes.device)
