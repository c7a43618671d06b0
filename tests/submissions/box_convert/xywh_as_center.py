# expect: wrong_answer
# variant: "xywh" read as centre, width, height
# message: xywh
# Reads "xywh" as centre-width-height (YOLO's label layout): (x, y) is the top-left corner.
import torch


def box_convert(boxes, in_fmt, out_fmt):
    if in_fmt in ("xywh", "cxcywh"):
        cx, cy, w, h = boxes.unbind(-1)
        boxes = torch.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], -1)
    x1, y1, x2, y2 = boxes.unbind(-1)
    if out_fmt in ("xywh", "cxcywh"):
        return torch.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1], -1)
    return boxes.clone()
