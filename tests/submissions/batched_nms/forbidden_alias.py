# expect: forbidden
# torchvision's own batched_nms, reached through the boxes module under another name.
from torchvision.ops import boxes as box_ops


def batched_nms(boxes, scores, idxs, iou_threshold):
    return box_ops.batched_nms(boxes, scores, idxs, iou_threshold)
