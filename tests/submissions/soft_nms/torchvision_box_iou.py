# expect: forbidden
# Uses torchvision's box_iou: every torchvision op is off limits here.
import torch
from torchvision.ops import box_iou


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    iou = box_iou(boxes, boxes)
    raise NotImplementedError
