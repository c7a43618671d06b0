# expect: forbidden
# message: box_iou
# torchvision's box_iou for the IoU part.
import torch
from torchvision.ops import box_iou


def generalized_box_iou(boxes1, boxes2):
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    iou = box_iou(boxes1, boxes2)
    union = (area1[:, None] + area2[None]) / (1 + iou)
    area_c = (torch.max(boxes1[:, None, 2:], boxes2[None, :, 2:]) - torch.min(boxes1[:, None, :2], boxes2[None, :, :2])).prod(-1)
    return iou - (area_c - union) / area_c
