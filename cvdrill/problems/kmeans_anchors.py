"""kmeans_anchors: YOLOv2's anchor clustering, k-means on (w, h) with d = 1 - IoU, from
given initial centers (deterministic): mean update, empty clusters stay, stop when no box
changes cluster or after max_iter updates."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows

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


def _nearest(wh, c, euclidean=False):
    if euclidean:
        d = ((wh[:, None] - c[None]) ** 2).sum(-1)
    else:
        inter = np.minimum(wh[:, None, 0], c[None, :, 0]) * np.minimum(wh[:, None, 1], c[None, :, 1])
        d = 1 - inter / ((wh[:, 0] * wh[:, 1])[:, None] + (c[:, 0] * c[:, 1])[None] - inter)
    return np.argmin(d, 1).astype(np.int64)


def kmeans_with(wh, centers, max_iter=300, euclidean=False, median=False, empty_nan=False, stale=False):
    """YOLOv2's k-means with one step changed: the Euclidean distance, the median update, an
    empty cluster's mean taken anyway (nan), or the loop "assign, stop if unchanged, update"
    (stale: after max_iter updates it returns the assignment made before the last one)."""
    wh = np.asarray(wh, np.float64).reshape(-1, 2)
    c = np.array(centers, np.float64).reshape(-1, 2)
    if len(wh) == 0:
        return c, np.zeros(0, np.int64)

    def update(assign):
        for j in range(len(c)):
            members = wh[assign == j]
            if len(members):
                c[j] = np.median(members, 0) if median else members.mean(0)
            elif empty_nan:
                c[j] = np.nan  # what members.mean(0) gives (with a RuntimeWarning)

    if stale:
        assign, last = _nearest(wh, c, euclidean), None
        for _ in range(int(max_iter)):
            assign = _nearest(wh, c, euclidean)
            if last is not None and np.array_equal(assign, last):
                break
            update(assign)
            last = assign
        return c, assign
    assign = _nearest(wh, c, euclidean)
    for _ in range(int(max_iter)):
        update(assign)
        new = _nearest(wh, c, euclidean)
        if np.array_equal(new, assign):
            break
        assign = new
    return c, assign


VARIANTS = [
    Variant("the Euclidean distance", partial(kmeans_with, euclidean=True),
            "boxes go to the nearest center by the Euclidean distance between (w, h) pairs (plain k-means); large "
            "boxes then dominate the error and elongated boxes go to the wrong anchor; YOLOv2 clusters with "
            "d = 1 - IoU(box, center), the two boxes sharing a corner",
            "按 (w, h) 之间的欧氏距离把框分给最近的中心（普通 k-means）；这样大框主导误差，细长的框会被分给错误的 "
            "anchor；YOLOv2 用 d = 1 - IoU(box, center) 聚类，两个框对齐在同一个角上",
            name_zh="欧氏距离"),
    Variant("the median update", partial(kmeans_with, median=True),
            "each center moves to the median w and h of its boxes (as some anchor-clustering scripts do); this "
            "statement asks for the arithmetic mean",
            "每个中心移动到其所属框的 w 和 h 的中位数（一些 anchor 聚类脚本是这样做的）；本题要求算术平均值",
            name_zh="用中位数更新"),
    Variant("an empty cluster's mean (nan)", partial(kmeans_with, empty_nan=True),
            "a cluster with no box gets the mean of nothing, nan; every box's distance to it is then nan, and "
            "np.argmin, which returns the first nan, sends every box to it; a cluster with no box keeps its center",
            "没有框的簇取了空集的平均值 nan；此后所有框到它的距离都是 nan，而 np.argmin 返回第一个 nan 的下标，"
            "于是所有框都被分给了它；没有框的簇应保持原来的中心",
            name_zh="空簇取平均（nan）"),
    Variant("the assignment before the last update", partial(kmeans_with, stale=True),
            "the loop assigns, stops if nothing changed, then updates: when max_iter runs out the assignment "
            "returned was made before the last update; after the last update, reassign every box, so that the "
            "assignment returned is the nearest-center one for the returned centers",
            "循环的顺序是先分配、没有变化就停止、再更新：当 max_iter 用完时，返回的分配是在最后一次更新之前做的；"
            "最后一次更新之后要重新分配每个框，使返回的分配对应返回的中心",
            name_zh="最后一次更新前的分配"),
]

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
    variants=VARIANTS,
)
