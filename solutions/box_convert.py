"""Reference: convert boxes between formats, as torchvision.ops.box_convert.

    box_convert(boxes, in_fmt, out_fmt) -> boxes in out_fmt

- boxes: [N,4] float32/float64; in_fmt, out_fmt each one of
    "xyxy"   (x1, y1, x2, y2): top-left and bottom-right corners,
    "xywh"   (x1, y1, w, h):   top-left corner, width and height,
    "cxcywh" (cx, cy, w, h):   centre, width and height.
- Continuous coordinates: w = x2 - x1 (no "+1"), cx = (x1 + x2) / 2, x1 = cx - w / 2.
- Returns [N,4], same dtype and device; in_fmt == out_fmt gives an unchanged copy.
Like torchvision, every conversion goes through xyxy.
"""
import torch

FORMATS = ("xyxy", "xywh", "cxcywh")


def _to_xyxy(boxes: torch.Tensor, fmt: str) -> torch.Tensor:
    a, b, c, d = boxes.unbind(-1)
    if fmt == "xywh":
        return torch.stack([a, b, a + c, b + d], dim=-1)
    if fmt == "cxcywh":
        return torch.stack([a - 0.5 * c, b - 0.5 * d, a + 0.5 * c, b + 0.5 * d], dim=-1)
    return boxes


def _from_xyxy(boxes: torch.Tensor, fmt: str) -> torch.Tensor:
    x1, y1, x2, y2 = boxes.unbind(-1)
    if fmt == "xywh":
        return torch.stack([x1, y1, x2 - x1, y2 - y1], dim=-1)
    if fmt == "cxcywh":
        return torch.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1], dim=-1)
    return boxes


def box_convert(boxes: torch.Tensor, in_fmt: str, out_fmt: str) -> torch.Tensor:
    if in_fmt not in FORMATS or out_fmt not in FORMATS:
        raise ValueError(f"unsupported box format: {in_fmt!r} -> {out_fmt!r}")
    if in_fmt == out_fmt:
        return boxes.clone()
    return _from_xyxy(_to_xyxy(boxes, in_fmt), out_fmt)
