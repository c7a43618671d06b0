# expect: accepted
# Written as (IoU - 1) + U / C, with torch.clamp_min and prod: the same value up to rounding.
import torch


def generalized_box_iou(boxes1, boxes2):
    a1 = (boxes1[:, 2:] - boxes1[:, :2]).prod(1)
    a2 = (boxes2[:, 2:] - boxes2[:, :2]).prod(1)
    b1, b2 = boxes1[:, None], boxes2[None]
    inter = (torch.minimum(b1[..., 2:], b2[..., 2:]) - torch.maximum(b1[..., :2], b2[..., :2])).clamp_min(0).prod(-1)
    union = a1[:, None] + a2[None] - inter
    enclose = (torch.maximum(b1[..., 2:], b2[..., 2:]) - torch.minimum(b1[..., :2], b2[..., :2])).prod(-1)
    return (inter / union - 1) + union / enclose
