"""kmeans_anchors: YOLOv2's anchor clustering, k-means on (w, h) with d = 1 - IoU, from
given initial centers (deterministic): mean update, empty clusters stay, stop when no box
changes cluster or after max_iter updates."""
import numpy as np

from ..judge.spec import Case, Problem, compare, shrink_rows

RTOL, ATOL = 1e-9, 1e-9


def check(case, expected, got):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return compare(expected, got, what="result")
    # the assignment first: a wrong distance or tie rule shows there before it moves a center
    msg = compare(expected[1], got[1], exact=True, what="assignment")
    if msg:
        return msg
    return compare(expected[0], got[0], RTOL, ATOL, what="centers")


def _sizes(rng, n, dtype=np.float64, scale=40.0):
    """Box sizes as a detector's data set has them: log-normal w, an aspect ratio around 1."""
    w = scale * np.exp(rng.normal(0, 0.7, n))
    h = w * np.exp(rng.normal(0, 0.5, n))
    return np.stack([w, h], 1).astype(dtype)


def _init(rng, wh, k):
    return wh[rng.choice(len(wh), k, replace=False)].astype(np.float64)


def cases(rng):
    f64 = np.float64
    a = lambda v, dt=f64: np.array(v, dt)  # noqa: E731
    yield Case("no boxes: the centers come back, assignment empty", (np.zeros((0, 2)), a([[1, 1], [2, 3]])))
    yield Case("one box, one center", (a([[3, 5]]), a([[1, 1]])))
    # box (2, 2) against (2, 1) and (1, 2): IoU 0.5 with both, the lower index wins; then
    # centers (2, 1) and (1, 2) hold (2,1),(2,2) and (1,2): the tie stays with center 0
    yield Case("a box at equal distance from two centers (lowest index)",
               (a([[2, 2], [2, 1], [1, 2]]), a([[2, 1], [1, 2]])))
    yield Case("two identical initial centers: the second stays empty",
               (a([[1, 2], [2, 1], [3, 3], [4, 4]]), a([[2, 2], [2, 2], [10, 10]])))
    yield Case("a center no box is nearest to keeps its place",
               (a([[1, 1], [1.5, 1], [2, 2.5], [2, 2]]), a([[1, 1], [2, 2], [500, 800]])))
    # IoU, not Euclidean: (10, 1) is nearer (IoU) to (9, 1) than to (4, 4) ... and scale-free
    yield Case("elongated boxes (IoU is not Euclidean)",
               (a([[10, 1], [1, 10], [4, 4], [9, 1.2], [1.2, 9], [5, 3]]), a([[4, 4], [9, 1], [1, 9]])))
    sz = _sizes(rng, 40)
    yield Case("max_iter=0: the initial centers and their assignment", (sz, _init(rng, sz, 4)), {"max_iter": 0})
    sz = _sizes(rng, 60)
    yield Case("max_iter=1: one update, then the assignment to the new centers", (sz, _init(rng, sz, 5)),
               {"max_iter": 1})
    sz = _sizes(rng, 80)
    yield Case("max_iter=2 by position", (sz, _init(rng, sz, 3), 2))
    yield Case("integer-valued sizes (tied distances)", (np.floor(_sizes(rng, 50, scale=4)) + 1,
                                                          a([[1, 1], [3, 2], [2, 3], [6, 6]])))
    sz = _sizes(rng, 100, np.float32)
    yield Case("float32 sizes", (sz, _init(rng, sz, 5).astype(np.float32)))
    sz = _sizes(rng, 100, scale=5000.0)
    yield Case("large sizes (pixels of a 20k image)", (sz, _init(rng, sz, 4)))
    for n, k, it in ((30, 2, 300), (200, 5, 300), (500, 9, 300), (1000, 6, 10), (2000, 9, 300), (300, 12, 300)):
        sz = _sizes(rng, n, (f64, np.float32)[n % 3 == 0])
        yield Case(f"random N={n}, k={k}" + (f", max_iter={it}" if it != 300 else ""), (sz, _init(rng, sz, k)),
                   {"max_iter": it} if it != 300 else {}, random=True)


PROBLEM = Problem(
    slug="kmeans_anchors",
    kind="numpy",
    params=["wh", "centers", "max_iter"],
    cases=cases,
    check=check,
    forbidden=["sklearn.cluster.*", "scipy.cluster.*", "ultralytics.*", "cv2.kmeans", "torch.*kmeans*"],
    shrink=shrink_rows(0),
    terms=["1 - IoU", "min(w1, w2) * min(h1, h2)", "lowest index", "mean", "not the median", "keeps its center",
           "no box changes cluster", "max_iter", "max_iter=0", "float64", "int64", "[k,2]", "N may be 0", "1e-9"],
)
