"""hungarian_match: minimum-cost assignment on an [N, M] cost matrix (DETR's matcher), as
scipy.optimize.linear_sum_assignment; any optimal assignment is accepted."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, _kind

REL = 1e-9  # the total cost may differ from the optimum by REL * (1 + sum |cost| of an optimum)


def _int_array(v, what):
    if not isinstance(v, np.ndarray) or v.ndim != 1:
        shape = f" of shape [{','.join(map(str, v.shape))}]" if isinstance(v, np.ndarray) else ""
        return f"{what}: returned {_kind(v)}{shape}, expected a 1-D numpy array of int64"
    if v.dtype != np.int64:
        return f"{what}: returned dtype {v.dtype}, expected int64"
    return None


def check(case, expected, got):
    cost = np.asarray(case.args[0], np.float64)
    n, m = cost.shape
    k = min(n, m)
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return f"returned {_kind(got)}, expected a tuple (row_ind, col_ind)"
    rows, cols = got
    for v, what in ((rows, "row_ind"), (cols, "col_ind")):
        msg = _int_array(v, what)
        if msg:
            return msg
    if len(rows) != len(cols):
        return f"row_ind has {len(rows)} entries but col_ind has {len(cols)}"
    if len(rows) != k:
        return f"returned {len(rows)} pairs, expected min(N, M) = {k} for a [{n},{m}] cost matrix"
    for v, size, what in ((rows, n, "row"), (cols, m, "column")):
        bad = (v < 0) | (v >= size)
        if bad.any():
            return f"{what} index {int(v[bad][0])} is out of range [0, {size})"
        seen, dup = np.unique(v, return_counts=True)
        if (dup > 1).any():
            return f"{what} {int(seen[dup > 1][0])} is matched twice"
    if (np.diff(rows) <= 0).any():
        i = int(np.nonzero(np.diff(rows) <= 0)[0][0])
        return (f"row_ind is not sorted: row_ind[{i}] = {int(rows[i])} comes before row_ind[{i + 1}] = "
                f"{int(rows[i + 1])} (return the pairs in increasing row order)")
    er, ec = expected
    opt = float(cost[er, ec].sum())
    total = float(cost[rows, cols].sum())
    if abs(total - opt) > REL * (1.0 + float(np.abs(cost[er, ec]).sum())):
        return f"total cost {total:.10g}, the optimum is {opt:.10g} (difference {total - opt:.3g})"
    return None


def _shrink(case):
    c = case.args[0]
    n, m = c.shape
    out = []
    for keep_r, keep_c in ((slice(0, n // 2), slice(None)), (slice(n // 2, n), slice(None)),
                           (slice(None), slice(0, m // 2)), (slice(None), slice(m // 2, m))):
        s = np.ascontiguousarray(c[keep_r, keep_c])
        if s.shape != c.shape and min(s.shape) > 0:
            out.append(Case(f"{case.name.split(' (shrunk to ')[0]} (shrunk to {s.shape[0]}x{s.shape[1]})", (s,),
                            random=True))
    return out


def cases(rng):
    f64, f32 = np.float64, np.float32
    a = lambda v, dt=f64: np.array(v, dt)  # noqa: E731
    yield Case("0 x 0", (np.zeros((0, 0)),))
    yield Case("0 x 3 (no predictions)", (np.zeros((0, 3)),))
    yield Case("4 x 0 (no targets)", (np.zeros((4, 0)),))
    yield Case("1 x 1", (a([[2.5]]),))
    yield Case("1 x 5: the cheapest column", (a([[4.0, 1.0, 3.0, 0.5, 2.0]]),))
    yield Case("5 x 1: the cheapest row", (a([[4.0], [1.0], [3.0], [0.5], [2.0]]),))
    yield Case("greedy per row is not optimal", (a([[1.0, 2.0], [2.0, 100.0]]),))
    yield Case("every cost equal (every assignment optimal)", (np.full((4, 4), 3.0),))
    yield Case("negative costs", (a([[-1.0, -5.0, 0.0], [-4.0, -2.0, -3.0], [2.0, -6.0, -1.0]]),))
    yield Case("integer costs with many ties (int64)", (rng.integers(0, 3, (8, 8)).astype(np.int64),))
    yield Case("wide 3 x 7", (rng.uniform(0, 1, (3, 7)),))
    yield Case("tall 7 x 3 (columns all matched, rows sorted)", (rng.uniform(0, 1, (7, 3)),))
    yield Case("float32 40 x 40", (rng.uniform(0, 10, (40, 40)).astype(f32),))
    yield Case("large magnitudes (1e6)", (rng.uniform(-1e6, 1e6, (20, 25)),))
    # DETR: -p(class) + 5 * L1 + 2 * (-GIoU)-like terms: 100 queries is beyond the cases, 60 is not
    for n, m in ((10, 10), (25, 40), (60, 60), (60, 20), (13, 60), (50, 50), (59, 60)):
        c = -rng.uniform(0, 1, (n, m)) + 5 * rng.uniform(0, 0.5, (n, m)) + 2 * rng.uniform(-1, 0, (n, m))
        yield Case(f"random {n} x {m}", (c,), random=True)
    yield Case("random 60 x 60 with ties (integers 0..9)", (rng.integers(0, 10, (60, 60)).astype(f64),), random=True)


def _sorted_pairs(rows, cols):
    rows, cols = np.asarray(rows, np.int64), np.asarray(cols, np.int64)
    order = np.argsort(rows, kind="stable")
    return rows[order], cols[order]


def greedy_rows(cost):
    """Each row in turn takes its cheapest free column (a tall matrix: each column its row)."""
    c = np.asarray(cost, np.float64)
    if c.shape[0] > c.shape[1]:
        cols, rows = greedy_rows(c.T)
        return _sorted_pairs(rows, cols)
    free = np.ones(c.shape[1], bool)
    cols = []
    for i in range(c.shape[0]):
        j = int(np.argmin(np.where(free, c[i], np.inf)))
        free[j] = False
        cols.append(j)
    return np.arange(c.shape[0], dtype=np.int64), np.array(cols, np.int64)


def greedy_global(cost):
    """The cheapest remaining pair first, over the whole matrix, until min(N, M) pairs."""
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    row_free, col_free = np.ones(n, bool), np.ones(m, bool)
    rows, cols = [], []
    for flat in np.argsort(c, axis=None, kind="stable"):
        i, j = divmod(int(flat), m)
        if row_free[i] and col_free[j]:
            row_free[i] = col_free[j] = False
            rows.append(i)
            cols.append(j)
    return _sorted_pairs(rows, cols)


def max_assignment(cost):
    """The assignment of LARGEST total (scipy, a test dependency: without it this variant
    raises, and a variant that cannot run matches nothing)."""
    from scipy.optimize import linear_sum_assignment

    return _sorted_pairs(*linear_sum_assignment(np.asarray(cost, np.float64), maximize=True))


VARIANTS = [
    Variant("greedy, row by row", greedy_rows,
            "each row in turn takes its cheapest column still free (on a tall matrix, each column its cheapest "
            "free row): a valid matching, but an early cheap pick can "
            "force expensive ones later ([[1, 2], [2, 100]]: greedy pays 1 + 100, the optimum 2 + 2); the "
            "assignment must minimise the total cost over all matchings (Hungarian / Kuhn-Munkres)",
            "每一行依次取仍空闲的最便宜的列（矩阵行多于列时，则是每一列依次取最便宜的空闲行）：这是合法的匹配，但前面贪心选的便宜项可能迫使后面付出高代价"
            "（[[1, 2], [2, 100]]：贪心付出 1 + 100，最优是 2 + 2）；本题要求在所有匹配中总代价最小"
            "（匈牙利算法 / Kuhn-Munkres）",
            name_zh="逐行贪心"),
    Variant("greedy, cheapest pair first", greedy_global,
            "the pairs are taken by increasing cost over the whole matrix, each whose row and column are still free "
            "(the greedy matching of some trackers); it is not optimal in general: the assignment must minimise "
            "the total cost (Hungarian / Kuhn-Munkres)",
            "按代价从小到大在整个矩阵中取行和列都还空闲的配对（一些跟踪器用的贪心匹配）；它一般不是最优的："
            "本题要求总代价最小（匈牙利算法 / Kuhn-Munkres）",
            name_zh="全局贪心（最便宜的配对优先）"),
    Variant("the maximum total", max_assignment,
            "your assignment has the largest total, not the smallest (the maximum-weight form of Kuhn-Munkres, as "
            "for a similarity or IoU matrix); `cost` holds costs: minimise the sum, as linear_sum_assignment "
            "does by default",
            "你的匹配总和是最大的而不是最小的（Kuhn-Munkres 的最大权形式，适用于相似度或 IoU 矩阵）；`cost` 是代价："
            "应使总和最小，与 linear_sum_assignment 的默认行为一致",
            name_zh="总和最大"),
]

PROBLEM = Problem(
    slug="hungarian_match",
    kind="numpy",
    params=["cost"],
    cases=cases,
    check=check,
    forbidden=["scipy.optimize.*", "scipy.sparse.csgraph.*", "lap.*", "lapjv.*", "lapsolver.*", "munkres.*",
               "hungarian.*", "networkx.*matching*", "ortools.*", "torch_linear_assignment.*", "py_lapjv.*"],
    shrink=_shrink,
    time_limit=4.0,
    terms=["min(N, M)", "any optimal", "int64", "increasing row", "no inf", "N or M may be 0", "1e-9",
           "scipy.optimize.linear_sum_assignment", "4 s", "O(n^3)"],
    variants=VARIANTS,
)
