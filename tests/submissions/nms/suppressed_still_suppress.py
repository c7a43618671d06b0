# expect: wrong_answer
# message: which should be kept
# Suppresses a box when ANY higher-scoring box overlaps it too much, kept or not:
# boxes that were already discarded still discard others.
import torch


def nms(boxes, scores, iou_threshold):
    order = scores.argsort(descending=True)
    b = boxes[order]
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = torch.maximum(b[:, None, :2], b[None, :, :2])
    rb = torch.minimum(b[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    iou = inter / (area[:, None] + area[None, :] - inter)
    higher = torch.ones_like(iou, dtype=torch.bool).triu(1)  # [i, j]: i scores higher than j
    suppressed = ((iou > iou_threshold) & higher).any(dim=0)
    return order[~suppressed]
