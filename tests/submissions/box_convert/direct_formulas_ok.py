# expect: accepted
# Direct formulas for every pair (no detour through xyxy): rounds differently from
# torchvision by an ulp or two, well inside the tolerance.
import torch


def box_convert(boxes, in_fmt, out_fmt):
    a, b, c, d = boxes.unbind(-1)
    if in_fmt == out_fmt:
        return boxes.clone()
    if (in_fmt, out_fmt) == ("xyxy", "xywh"):
        out = [a, b, c - a, d - b]
    elif (in_fmt, out_fmt) == ("xyxy", "cxcywh"):
        out = [(a + c) / 2, (b + d) / 2, c - a, d - b]
    elif (in_fmt, out_fmt) == ("xywh", "xyxy"):
        out = [a, b, a + c, b + d]
    elif (in_fmt, out_fmt) == ("xywh", "cxcywh"):
        out = [a + c / 2, b + d / 2, c, d]
    elif (in_fmt, out_fmt) == ("cxcywh", "xyxy"):
        out = [a - c / 2, b - d / 2, a + c / 2, b + d / 2]
    else:  # cxcywh -> xywh
        out = [a - c / 2, b - d / 2, c, d]
    return torch.stack(out, dim=-1)
