# expect: forbidden
# The compiled kernel behind torchvision.ops.nms, through torch.ops.
import torch


def nms(boxes, scores, iou_threshold):
    kernel = torch.ops.torchvision.nms
    return kernel(boxes, scores, iou_threshold)
