# expect: forbidden
# torchvision's nms fetched with getattr on a string.
import torchvision


def nms(boxes, scores, iou_threshold):
    return getattr(torchvision.ops, "nms")(boxes, scores, iou_threshold)
