# expect: wrong_answer
# variant: the overlap clamped after multiplying
# message: diagonal
# The intersection's width and height are multiplied without clamping: two boxes apart on both axes get a positive 'intersection'.
import torch


def generalized_box_iou(boxes1, boxes2):
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    lt = torch.max(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = torch.min(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = rb - lt
    inter = (wh[..., 0] * wh[..., 1]).clamp(min=0)
    union = area1[:, None] + area2[None] - inter
    lt_c = torch.min(boxes1[:, None, :2], boxes2[None, :, :2])
    rb_c = torch.max(boxes1[:, None, 2:], boxes2[None, :, 2:])
    area_c = (rb_c - lt_c).prod(-1)
    return inter / union - (area_c - union) / area_c
