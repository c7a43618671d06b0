# expect: forbidden
# torchvision's private conversion helpers, imported from their module.
from torchvision.ops import _box_convert as bc
import torch


def box_convert(boxes, in_fmt, out_fmt):
    if in_fmt == out_fmt:
        return boxes.clone()
    if in_fmt == "xywh":
        boxes = bc._box_xywh_to_xyxy(boxes)
    elif in_fmt == "cxcywh":
        boxes = bc._box_cxcywh_to_xyxy(boxes)
    if out_fmt == "xywh":
        return bc._box_xyxy_to_xywh(boxes)
    if out_fmt == "cxcywh":
        return bc._box_xyxy_to_cxcywh(boxes)
    return boxes
