# expect: runtime_error
# message: KeyError
# A table of the six conversions between different formats; in_fmt == out_fmt is missing.
import torch


def _xywh_xyxy(b):
    x, y, w, h = b.unbind(-1)
    return torch.stack([x, y, x + w, y + h], -1)


def _xyxy_xywh(b):
    x1, y1, x2, y2 = b.unbind(-1)
    return torch.stack([x1, y1, x2 - x1, y2 - y1], -1)


def _cxcywh_xyxy(b):
    cx, cy, w, h = b.unbind(-1)
    return torch.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], -1)


def _xyxy_cxcywh(b):
    x1, y1, x2, y2 = b.unbind(-1)
    return torch.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1], -1)


TABLE = {
    ("xywh", "xyxy"): _xywh_xyxy,
    ("xyxy", "xywh"): _xyxy_xywh,
    ("cxcywh", "xyxy"): _cxcywh_xyxy,
    ("xyxy", "cxcywh"): _xyxy_cxcywh,
    ("xywh", "cxcywh"): lambda b: _xyxy_cxcywh(_xywh_xyxy(b)),
    ("cxcywh", "xywh"): lambda b: _xyxy_xywh(_cxcywh_xyxy(b)),
}


def box_convert(boxes, in_fmt, out_fmt):
    return TABLE[(in_fmt, out_fmt)](boxes)
