"""box_area: [N,4] xyxy boxes -> [N] areas (x2-x1)*(y2-y1), as torchvision.ops.box_area."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Variant, compare, shrink_rows


def _a(rows, dtype=np.float32):
    return np.array(rows, dtype).reshape(-1, 4)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty (N=0), float32", (_a([]),))
    yield Case("empty (N=0), float64", (_a([], f64),))
    yield Case("one box", (_a([[1, 2, 5, 7]]),))
    # the "+1" pixel convention would give 4 here, and 100, 126 below
    yield Case("unit box at the origin", (_a([[0, 0, 1, 1]], f64),))
    yield Case("integer pixel boxes", (_a([[0, 0, 9, 9], [10, 20, 30, 25]]),))
    yield Case("identical boxes", (_a([[2, 3, 6, 4]] * 3, f64),))
    yield Case("fractional coordinates", (_a([[0.5, 0.25, 1.75, 2.0], [0.1, 0.2, 0.3, 0.7]], f64),))
    yield Case("negative coordinates", (_a([[-3, -2, 1, 2], [-10.5, -1, -0.5, 0]]),))
    yield Case("tall, wide and tiny boxes", (_a([[0, 0, 1, 100], [0, 0, 100, 1], [5, 5, 5.001, 5.002]], f64),))
    yield Case("large coordinates", (_a([[1000, 2000, 4000, 2500], [1e4, 1e4, 1.5e4, 2e4]], f64),))
    for n, dt in ((7, f32), (33, f64), (100, f32)):
        yield Case(f"uniform N={n} {np.dtype(dt).name}", (gen.boxes_uniform(rng, n, dt),), random=True)
    yield Case("clustered N=200 float32", (gen.boxes_clustered(rng, 200),), random=True)
    yield Case("integer grid N=50 float64", (gen.boxes_grid(rng, 50, f64),), random=True)
    xy = rng.uniform(0, 0.9, (1000, 2))  # normalised coordinates, as many detectors output
    yield Case("N=1000 float64 in normalised [0, 1] coordinates",
               (np.hstack([xy, xy + rng.uniform(1e-3, 0.1, (1000, 2))]),), random=True)


def check(case, expected, got):
    return compare(expected, got, rtol=1e-5, atol=1e-6)


# ------------------------------------------------------------ known mistakes, named


VARIANTS = [
    Variant('the "+1" pixel convention',
            lambda boxes: (boxes[:, 2] - boxes[:, 0] + 1) * (boxes[:, 3] - boxes[:, 1] + 1),
            "you compute (x2 - x1 + 1) * (y2 - y1 + 1), the convention of old VOC / Detectron code where x2 and y2 "
            "are the indices of the last pixel inside the box; torchvision's coordinates are continuous: "
            "(x2 - x1) * (y2 - y1), so [0, 0, 1, 1] has area 1, not 4",
            "你算的是 (x2 - x1 + 1) * (y2 - y1 + 1)，这是老的 VOC / Detectron 代码的约定，x2、y2 是框内最后一个像素的下标；"
            "torchvision 的坐标是连续的：(x2 - x1) * (y2 - y1)，所以 [0, 0, 1, 1] 的面积是 1，不是 4",
            name_zh='"+1" 像素约定'),
    Variant("the (x, y, w, h) box format", lambda boxes: boxes[:, 2] * boxes[:, 3],
            "you multiply columns 2 and 3, as if each row were (x, y, w, h) (COCO's bbox format) or (cx, cy, w, h); "
            "the rows here are corners (x1, y1, x2, y2), so the width is x2 - x1 and the height y2 - y1",
            "你直接把第 2、3 列相乘，好像每行是 (x, y, w, h)（COCO 的 bbox 格式）或 (cx, cy, w, h)；这里每行是角点 "
            "(x1, y1, x2, y2)，宽是 x2 - x1，高是 y2 - y1",
            name_zh="(x, y, w, h) 框格式"),
]


PROBLEM = Problem(
    slug="box_area",
    kind="torch",
    params=["boxes"],
    cases=cases,
    check=check,
    forbidden=["torchvision.ops.box_area", "torchvision.ops.boxes.box_area", "torchvision.ops.*box_area",
               "torch.ops.torchvision.*"],
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["[N,4]", "(x2-x1)*(y2-y1)", "no \"+1\"", "shape [N]", "may be 0", "dtype", "device"],
)
