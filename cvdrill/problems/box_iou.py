"""box_iou: [N,4] x [M,4] xyxy boxes -> [N,M] IoU, as torchvision.ops.box_iou.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/box_iou/): accepted: the reference (no other file);
too slow: python_loop 336-348x. Limit 8x; the nearest class is 7.3x from it.
"""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, Variant, close, shrink_rows


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("both empty", (np.zeros((0, 4), f32), np.zeros((0, 4), f32)))
    yield Case("first empty", (np.zeros((0, 4), f32), gen.boxes_uniform(rng, 3)))
    yield Case("second empty", (gen.boxes_uniform(rng, 2), np.zeros((0, 4), f32)))
    yield Case("one box with itself", (np.array([[1, 2, 5, 7]], f32),) * 2)
    yield Case("identical boxes", (np.array([[0, 0, 2, 2], [0, 0, 2, 2]], f64), np.array([[0, 0, 2, 2]], f64)))
    yield Case("non-overlapping and touching", (np.array([[0, 0, 1, 1], [0, 0, 1, 1]], f32),
                                                np.array([[2, 2, 3, 3], [1, 0, 2, 1]], f32)))
    yield Case("IoU exactly 0.5", (np.array([[0, 0, 2, 1]], f64), np.array([[0, 0, 1, 1]], f64)))
    yield Case("nested boxes", (np.array([[0, 0, 10, 10]], f32), np.array([[2, 2, 4, 4], [0, 0, 10, 5]], f32)))
    yield Case("2 x 3 (shape order)", (gen.boxes_uniform(rng, 2), gen.boxes_uniform(rng, 3)), random=True)
    for n, m, dt in ((17, 9, f32), (40, 33, f64), (64, 1, f32), (1, 50, f64)):
        yield Case(f"uniform {n}x{m} {np.dtype(dt).name}", (gen.boxes_uniform(rng, n, dt), gen.boxes_uniform(rng, m, dt)), random=True)
    yield Case("clustered 60x60", (gen.boxes_clustered(rng, 60), gen.boxes_clustered(rng, 60)), random=True)
    yield Case("integer grid 30x30 (ties)", (gen.boxes_grid(rng, 30, f64), gen.boxes_grid(rng, 30, f64)), random=True)


def _big(rng, n):
    return Case(f"uniform {n}x{n}", (gen.boxes_uniform(rng, n), gen.boxes_uniform(rng, n)))


def _shrink(case):
    # shrink each side on its own: rows of boxes1, then rows of boxes2
    return shrink_rows(0)(case) + shrink_rows(1)(case)


def iou_with(boxes1, boxes2, area_plus: float = 0.0, inter_plus: float = 0.0):
    """Pairwise IoU under another pixel convention: "+1" on the sides when measuring areas
    and/or the overlap (the inclusive-pixel code of old VOC tools)."""
    import torch

    def area(b):
        return (b[:, 2] - b[:, 0] + area_plus) * (b[:, 3] - b[:, 1] + area_plus)
    lt = torch.max(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = torch.min(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = (rb - lt + inter_plus).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area(boxes1)[:, None] + area(boxes2)[None, :] - inter)


PLUS_ONE = ("the \"+1\" pixel convention", "\"+1\" 像素约定",
            "areas and overlaps measured as (x2 - x1 + 1) * (y2 - y1 + 1), as in old VOC code for integer pixel "
            "indices; here coordinates are continuous: area = (x2 - x1) * (y2 - y1), overlap likewise",
            "面积和交集都按 (x2 - x1 + 1) * (y2 - y1 + 1) 计算，这是旧 VOC 代码针对整数像素下标的写法；本题坐标是连续的："
            "面积 = (x2 - x1) * (y2 - y1)，交集同理")
MIXED = ("\"+1\" on the areas only", "只在面积上 \"+1\"",
         "areas with \"+1\" but the overlap without (a slip of widely copied interview notes): two identical boxes "
         "get an IoU below 1; "
         "use (x2 - x1) * (y2 - y1) for both",
         "面积加了 \"+1\" 而交集没加（网上流传的面试笔记里的错误）：两个完全相同的框 IoU 小于 1；两者都应按 (x2 - x1) * (y2 - y1) 计算")


PROBLEM = Problem(
    slug="box_iou",
    kind="torch",
    params=["boxes1", "boxes2"],
    cases=cases,
    check=close(rtol=1e-5, atol=1e-6),
    forbidden=["torchvision.ops.box_iou", "torchvision.ops.boxes.box_iou", "torchvision.ops.*box_iou",
               "torchvision.ops.boxes._box_inter_union", "torchvision.ops.boxes.*box_iou"],
    timed=Timed(make=_big, sizes=[500, 1000, 2000], ratio=8.0, floor=0.005, unit="N=M"),
    shrink=_shrink,
    terms=["[N,M]", "no \"+1\"", "only touch", "may be 0", "dtype", "device", "8x"],
    variants=[Variant(PLUS_ONE[0], lambda b1, b2: iou_with(b1, b2, 1.0, 1.0), *PLUS_ONE[2:], name_zh=PLUS_ONE[1]),
              Variant(MIXED[0], lambda b1, b2: iou_with(b1, b2, 1.0, 0.0), *MIXED[2:], name_zh=MIXED[1])],
)
