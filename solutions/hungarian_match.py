"""Reference: minimum-cost assignment on a rectangular cost matrix (DETR's matcher step),
returning what scipy.optimize.linear_sum_assignment returns.

    hungarian_match(cost) -> (row_ind [K] int64, col_ind [K] int64),  K = min(N, M)

- cost: [N, M] finite float or integer costs (no inf, no nan); N or M may be 0.
- Every row (when N <= M) or every column (when N > M) is matched once; the sum of
  cost[row_ind, col_ind] is the smallest possible. row_ind is increasing.
- Algorithm: shortest augmenting paths with dual potentials (Kuhn-Munkres in the
  O(n^2 m) form of Jonker-Volgenant), one row at a time, the inner scan over columns
  vectorised with numpy. A tall matrix is solved transposed.
"""
import numpy as np


def _solve(a: np.ndarray) -> np.ndarray:
    """a: [n, m], n <= m. Returns p [m+1]: p[j] = 1-based row matched to column j (0: none)."""
    n, m = a.shape
    u = np.zeros(n + 1)
    v = np.zeros(m + 1)
    p = np.zeros(m + 1, np.int64)  # p[0] holds the row being inserted
    way = np.zeros(m + 1, np.int64)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(m + 1, np.inf)
        used = np.zeros(m + 1, bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = np.nonzero(~used[1:])[0] + 1  # columns not yet in the tree
            cur = a[i0 - 1, free - 1] - u[i0] - v[free]
            better = cur < minv[free]
            minv[free[better]] = cur[better]
            way[free[better]] = j0
            j1 = free[np.argmin(minv[free])]
            delta = minv[j1]
            u[p[used]] += delta  # the rows of the tree (distinct)
            v[used] -= delta
            minv[free] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:  # flip the augmenting path
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return p


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    if n == 0 or m == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    transposed = n > m
    a = c.T if transposed else c
    p = _solve(a)
    cols = np.nonzero(p[1:])[0]
    rows = p[1:][cols] - 1
    if transposed:
        rows, cols = cols, rows
    order = np.argsort(rows, kind="stable")
    return rows[order].astype(np.int64), cols[order].astype(np.int64)
