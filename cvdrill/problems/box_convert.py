"""box_convert: boxes between "xyxy", "xywh" and "cxcywh", as torchvision.ops.box_convert."""
import itertools

import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, compare, shrink_rows

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
)
