# expect: wrong_answer
# variant: the "+1" pixel convention
# The "+1" pixel convention of old VOC code: w = x2 - x1 + 1. Coordinates are continuous.
import torch


def box_convert(boxes, in_fmt, out_fmt):
    if in_fmt == "xywh":
        x, y, w, h = boxes.unbind(-1)
        boxes = torch.stack([x, y, x + w - 1, y + h - 1], -1)
    elif in_fmt == "cxcywh":
        cx, cy, w, h = boxes.unbind(-1)
        boxes = torch.stack([cx - (w - 1) / 2, cy - (h - 1) / 2, cx + (w - 1) / 2, cy + (h - 1) / 2], -1)
    x1, y1, x2, y2 = boxes.unbind(-1)
    if out_fmt == "xywh":
        return torch.stack([x1, y1, x2 - x1 + 1, y2 - y1 + 1], -1)
    if out_fmt == "cxcywh":
        return torch.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1 + 1, y2 - y1 + 1], -1)
    return boxes.clone()
