# expect: forbidden
# torchvision's nms reached through an aliased import.
import torch
from torchvision.ops import boxes as box_ops


def nms(boxes, scores, iou_threshold):
    return box_ops.nms(boxes, scores, iou_threshold)
