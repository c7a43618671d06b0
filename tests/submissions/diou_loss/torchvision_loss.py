# expect: forbidden
# torchvision's own loss.
import torchvision


def diou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    return torchvision.ops.distance_box_iou_loss(boxes1, boxes2, reduction, eps)
