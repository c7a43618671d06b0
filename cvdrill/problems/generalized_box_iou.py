"""generalized_box_iou: [N,4] x [M,4] xyxy boxes -> [N,M] GIoU, as
torchvision.ops.generalized_box_iou (Rezatofighi et al. 2019)."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, compare, shrink_rows
from .box_iou import PLUS_ONE

TOL = {"torch.float32": (1e-5, 2e-6), "torch.float64": (1e-10, 1e-12)}


def check(case, expected, got):
    rtol, atol = TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])
    return compare(expected, got, rtol, atol)


def _far(rng, n, m, dtype):
    """Two groups of small boxes far apart: GIoU close to -1."""
    a = gen.boxes_uniform(rng, n, np.float64, size=10.0) * 0.2
    b = gen.boxes_uniform(rng, m, np.float64, size=10.0) * 0.2 + 1000.0
    return a.astype(dtype), b.astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("both empty", (np.zeros((0, 4), f32), np.zeros((0, 4), f32)))
    yield Case("first empty", (np.zeros((0, 4), f64), gen.boxes_uniform(rng, 3, f64)))
    yield Case("second empty", (gen.boxes_uniform(rng, 2), np.zeros((0, 4), f32)))
    yield Case("one box with itself: 1", (np.array([[1, 2, 5, 7]], f32),) * 2)
    yield Case("identical boxes: 1", (np.array([[0, 0, 2, 2], [0, 0, 2, 2]], f64), np.array([[0, 0, 2, 2]], f64)))
    # [0,0,1,1] vs [2,0,3,1]: I = 0, U = 2, C = 3 -> -1/3; touching [1,0,2,1]: C = U -> 0
    yield Case("apart on one axis (-1/3) and touching (0)",
               (np.array([[0, 0, 1, 1]], f64), np.array([[2, 0, 3, 1], [1, 0, 2, 1]], f64)))
    # apart diagonally: the unclamped product of two negative overlaps is positive
    yield Case("apart on both axes (diagonal)", (np.array([[0, 0, 1, 1]], f32), np.array([[2, 2, 3, 3], [3, -4, 5, -1]], f32)))
    yield Case("nested boxes (C = the outer box)",
               (np.array([[0, 0, 10, 10]], f32), np.array([[2, 2, 4, 4], [0, 0, 10, 5]], f32)))
    yield Case("IoU 0.5, no gap", (np.array([[0, 0, 2, 1]], f64), np.array([[0, 0, 1, 1]], f64)))
    yield Case("far apart: close to -1", _far(rng, 3, 4, f64))
    yield Case("far apart, float32", _far(rng, 5, 2, f32))
    yield Case("2 x 3 (shape order)", (gen.boxes_uniform(rng, 2), gen.boxes_uniform(rng, 3)), random=True)
    for n, m, dt in ((17, 9, f32), (40, 33, f64), (64, 1, f32), (1, 50, f64), (120, 80, f32)):
        yield Case(f"uniform {n}x{m} {np.dtype(dt).name}",
                   (gen.boxes_uniform(rng, n, dt), gen.boxes_uniform(rng, m, dt)), random=True)
    yield Case("clustered 60x60", (gen.boxes_clustered(rng, 60), gen.boxes_clustered(rng, 60)), random=True)
    yield Case("integer grid 30x30 float64", (gen.boxes_grid(rng, 30, f64), gen.boxes_grid(rng, 30, f64)), random=True)
    yield Case("boxes of 1000s of pixels, float32",
               (gen.boxes_uniform(rng, 20, f32, size=4000.0), gen.boxes_uniform(rng, 25, f32, size=4000.0)), random=True)


def _shrink(case):
    return shrink_rows(0)(case) + shrink_rows(1)(case)


def giou_with(boxes1, boxes2, plus=0.0, clamp_sides=True, eps=0.0):
    """Pairwise GIoU under another convention: "+1" on every side (areas, overlap and enclosing
    box), the overlap's area clamped at 0 instead of each of its sides, or an eps added to the
    union and the enclosing area."""
    import torch

    def area(b):
        return (b[:, 2] - b[:, 0] + plus) * (b[:, 3] - b[:, 1] + plus)
    b1, b2 = boxes1[:, None], boxes2[None, :]
    wh = torch.min(b1[..., 2:], b2[..., 2:]) - torch.max(b1[..., :2], b2[..., :2]) + plus
    inter = wh.clamp(min=0).prod(-1) if clamp_sides else wh.prod(-1).clamp(min=0)
    union = area(boxes1)[:, None] + area(boxes2)[None, :] - inter + eps
    wh_c = torch.max(b1[..., 2:], b2[..., 2:]) - torch.min(b1[..., :2], b2[..., :2]) + plus
    area_c = wh_c.prod(-1) + eps
    return inter / union - (area_c - union) / area_c


PROBLEM = Problem(
    slug="generalized_box_iou",
    kind="torch",
    params=["boxes1", "boxes2"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.generalized_box_iou", "torchvision.ops.*box_iou*", "torchvision.ops.boxes.*",
               "torchvision.ops.*giou*", "torchvision.ops.giou_loss.*", "torchvision.ops.diou_loss.*",
               "torchvision.ops.ciou_loss.*", "fvcore.nn.*giou*", "mmdet.*bbox_overlaps*", "mmcv.ops.*bbox_overlaps*",
               "detectron2.structures.*iou*"],
    shrink=_shrink,
    terms=["[N,M]", "enclosing", "i / u - (c - u) / c", "no \"+1\"", "(-1, 1]", "identical boxes", "-1",
           "may be 0", "dtype", "device"],
    variants=[
        Variant(PLUS_ONE[0], lambda b1, b2: giou_with(b1, b2, plus=1.0), *PLUS_ONE[2:], name_zh=PLUS_ONE[1]),
        Variant("the overlap clamped after multiplying", lambda b1, b2: giou_with(b1, b2, clamp_sides=False),
                "you clamp the intersection's area at 0, not its width and height: two boxes apart on both axes "
                "have two negative overlaps whose product is positive, a false intersection; clamp each side at 0 "
                "before multiplying",
                "你是对交集面积 clamp 到 0，而不是对交集的宽和高分别 clamp：两个轴上都分离的框，两个负的重叠量相乘得到"
                "正数，凭空多出一块交集；应在相乘之前把每条边分别 clamp 到 0",
                name_zh="先相乘再 clamp 交集"),
        Variant("the GIoU loss, 1 - GIoU", lambda b1, b2: 1 - giou_with(b1, b2),
                "you return the loss 1 - GIoU (0 for identical boxes); this function returns GIoU itself, in "
                "(-1, 1], 1 for identical boxes",
                "你返回的是损失 1 - GIoU（完全相同的框为 0）；本题要返回 GIoU 本身，取值在 (-1, 1]，完全相同的框为 1",
                name_zh="GIoU 损失 1 - GIoU"),
        Variant("eps added to the union and the enclosing area", lambda b1, b2: giou_with(b1, b2, eps=1e-7),
                "you divide by union + eps and by the enclosing area + eps (eps = 1e-7, as yolov5's bbox_iou does "
                "against a division by zero), so identical boxes get 1 - eps / area instead of 1 (0.999999975 for "
                "a 2x2 box) and every value is off "
                "by about eps / area; this function divides exactly, as torchvision's generalized_box_iou: "
                "i / u - (c - u) / c",
                "你除的是 union + eps 和 包围框面积 + eps（eps = 1e-7，yolov5 的 bbox_iou 为防止除以零就是这样写的），"
                "于是完全相同的框得到 1 - eps / 面积 而不是 1（2x2 的框为 0.999999975），每个值都偏差约 eps / 面积；本题和 torchvision 的 "
                "generalized_box_iou 一样精确相除：i / u - (c - u) / c",
                name_zh="在并集和包围框面积上加了 eps"),
    ],
)
