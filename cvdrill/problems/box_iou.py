"""box_iou: [N,4] x [M,4] xyxy boxes -> [N,M] IoU, as torchvision.ops.box_iou."""
import numpy as np

from ..judge import gen
from ..judge.spec import Case, Problem, Timed, close, shrink_rows


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
)
