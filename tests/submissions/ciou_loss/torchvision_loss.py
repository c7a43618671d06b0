# expect: forbidden
# torchvision's own loss, by its module path.
from torchvision.ops.ciou_loss import complete_box_iou_loss


def ciou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    return complete_box_iou_loss(boxes1, boxes2, reduction, eps)
