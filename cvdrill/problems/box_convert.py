"""box_convert: boxes between "xyxy", "xywh" and "cxcywh", as torchvision.ops.box_convert."""
import itertools

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, compare, shrink_rows
from .box_iou import PLUS_ONE

FORMATS = ("xyxy", "xywh", "cxcywh")


def check(case, expected, got):
    # Going through xyxy or converting directly rounds differently: the error is a few ulps
    # of the largest coordinate, not of the (possibly tiny) value itself.
    boxes = case.args[0]
    scale = max(1.0, float(np.abs(boxes).max())) if boxes.size else 1.0
    eps = 2e-6 if boxes.dtype == np.float32 else 1e-12
    return compare(expected, got, rtol=eps, atol=eps * scale)


def _as(fmt, xyxy):
    """xyxy boxes written in `fmt` (computed in float64, so the input itself is exact)."""
    x1, y1, x2, y2 = xyxy.astype(np.float64).T
    if fmt == "xywh":
        return np.stack([x1, y1, x2 - x1, y2 - y1], 1)
    if fmt == "cxcywh":
        return np.stack([(x1 + x2) / 2, (y1 + y2) / 2, x2 - x1, y2 - y1], 1)
    return np.stack([x1, y1, x2, y2], 1)


def cases(rng):
    f32, f64 = np.float32, np.float64
    # odd integer sums: (x1 + x2) / 2 has a .5, so floor division or rounding shows
    hand = np.array([[1, 2, 4, 7], [0, 0, 3, 3], [-5, -2, 6, 1], [2.5, 1, 2.5, 4]])  # last: zero width
    for i, (a, b) in enumerate(itertools.product(FORMATS, FORMATS)):
        yield Case(f"{a} -> {b}, hand-made boxes", (_as(a, hand).astype((f32, f64)[i % 2]), a, b))
    for a, b in (("xyxy", "cxcywh"), ("cxcywh", "xywh"), ("xywh", "xywh")):
        yield Case(f"empty, {a} -> {b}", (np.zeros((0, 4), f32), a, b))
    yield Case("one box, xywh -> xyxy", (np.array([[10, 20, 30, 40]], f64), "xywh", "xyxy"))
    yield Case("one box, cxcywh -> xyxy", (np.array([[10, 20, 30, 40]], f32), "cxcywh", "xyxy"))
    yield Case("formats by keyword", (np.array([[1, 1, 2, 4]], f64),), {"in_fmt": "cxcywh", "out_fmt": "xywh"})
    yield Case("large coordinates (1e4) float32, xyxy -> cxcywh",
               (_as("xyxy", gen.boxes_uniform(rng, 8, f64, size=1e4)).astype(f32), "xyxy", "cxcywh"))
    for i, (a, b) in enumerate(itertools.product(FORMATS, FORMATS)):
        n = (5, 30, 100, 257)[i % 4]
        dt = (f64, f32)[i % 2]
        xyxy = gen.boxes_uniform(rng, n, f64, size=(50.0, 640.0)[i % 2]) - 20  # some negative
        yield Case(f"random N={n} {np.dtype(dt).name}, {a} -> {b}", (_as(a, xyxy).astype(dt), a, b), random=True)


def convert_with(boxes, in_fmt, out_fmt, plus=0.0, half=0.5, floor_centre=False, xywh_centre=False):
    """box_convert under another convention: "+1" widths (w = x2 - x1 + 1), corners a full width
    from the centre (half=1), the centre by floor division, or "xywh" read as "cxcywh"."""
    import torch

    if xywh_centre:
        in_fmt, out_fmt = (f.replace("xywh", "cxcywh") if f == "xywh" else f for f in (in_fmt, out_fmt))
    if in_fmt == out_fmt:
        return boxes.clone()
    a, b, c, d = boxes.unbind(-1)
    if in_fmt == "xywh":
        a, b, c, d = a, b, a + c - plus, b + d - plus
    elif in_fmt == "cxcywh":
        a, b, c, d = a - half * (c - plus), b - half * (d - plus), a + half * (c - plus), b + half * (d - plus)
    w, h = c - a + plus, d - b + plus
    if out_fmt == "xywh":
        return torch.stack([a, b, w, h], dim=-1)
    if out_fmt == "cxcywh":
        cx, cy = ((a + c) // 2, (b + d) // 2) if floor_centre else ((a + c) / 2, (b + d) / 2)
        return torch.stack([cx, cy, w, h], dim=-1)
    return torch.stack([a, b, c, d], dim=-1)


PROBLEM = Problem(
    slug="box_convert",
    kind="torch",
    params=["boxes", "in_fmt", "out_fmt"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.box_convert", "torchvision.ops.boxes.box_convert", "torchvision.ops._box_convert.*",
               "torchvision.ops.boxes._box_*", "torchvision.transforms.v2.functional.convert_bounding_box_format",
               "torchvision.transforms.v2.functional._meta.*", "torchvision.transforms.v2.ConvertBoundingBoxFormat",
               "torchvision.transforms.v2._meta.*", "kornia.geometry.bbox.*"],
    shrink=shrink_rows(0),
    terms=["xyxy", "xywh", "cxcywh", "(x1 + x2) / 2", "x1 = cx - w / 2", "no \"+1\"", "all nine", "[n,4]",
           "keeps the input dtype", "device", "n may be 0", "copy"],
    variants=[
        Variant("\"xywh\" read as centre, width, height", lambda *a, **k: convert_with(*a, **k, xywh_centre=True),
                "you treat \"xywh\" as (cx, cy, w, h), the layout of YOLO's label files; here (and in COCO's "
                "bbox) \"xywh\" is (x1, y1, w, h): the top-left corner, width and height, so x2 = x1 + w",
                "你把 \"xywh\" 当成了 (cx, cy, w, h)，也就是 YOLO 标注文件的格式；这里（以及 COCO 的 bbox）"
                "\"xywh\" 是 (x1, y1, w, h)：左上角、宽、高，所以 x2 = x1 + w",
                name_zh="把 \"xywh\" 当成中心点、宽、高"),
        Variant(PLUS_ONE[0], lambda *a, **k: convert_with(*a, **k, plus=1.0),
                "widths and heights as x2 - x1 + 1, y2 - y1 + 1 (and back x2 = x1 + w - 1), as in old VOC code for "
                "integer pixel indices; here coordinates are continuous: w = x2 - x1, x2 = x1 + w",
                "宽和高按 x2 - x1 + 1、y2 - y1 + 1 计算（反过来 x2 = x1 + w - 1），这是旧 VOC 代码针对整数像素下标的"
                "写法；本题坐标是连续的：w = x2 - x1，x2 = x1 + w",
                name_zh=PLUS_ONE[1]),
        Variant("the centre by floor division", lambda *a, **k: convert_with(*a, **k, floor_centre=True),
                "your centre is (x1 + x2) // 2: floor division drops the .5 of (1 + 4) / 2 = 2.5 and rounds "
                "every centre down; use true division, (x1 + x2) / 2",
                "你的中心点是 (x1 + x2) // 2：整除会丢掉 (1 + 4) / 2 = 2.5 的 .5，并把每个中心点都向下取整；"
                "应该用真除法 (x1 + x2) / 2",
                name_zh="中心点用了整除 //"),
        Variant("a full width from the centre", lambda *a, **k: convert_with(*a, **k, half=1.0),
                "from the centre you go a full width and height to the corners (x1 = cx - w, x2 = cx + w), which "
                "doubles the box; the corners are half a width away: x1 = cx - w / 2, x2 = cx + w / 2",
                "你从中心点出发走了整个宽和高才到角点（x1 = cx - w，x2 = cx + w），框被放大了一倍；角点离中心只有"
                "半个宽度：x1 = cx - w / 2，x2 = cx + w / 2",
                name_zh="从中心点走了整个宽度"),
    ],
)
