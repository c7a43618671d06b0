# expect: wrong_answer
# message: dtype int32, expected int64
# A correct matching returned as int32 arrays.
import numpy as np


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    k = min(n, m)
    if k == 0:
        return np.zeros(0, np.int32), np.zeros(0, np.int32)
    if n > m:
        cols, rows = hungarian_match(c.T)
        order = np.argsort(rows)
        return rows[order], cols[order]
    # successive shortest paths on the reduced costs, with numpy over the columns
    u, v = np.zeros(n + 1), np.zeros(m + 1)
    p, way = np.zeros(m + 1, int), np.zeros(m + 1, int)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = np.full(m + 1, np.inf), np.zeros(m + 1, bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            free = np.nonzero(~used)[0]
            cur = c[i0 - 1, free - 1] - u[i0] - v[free]
            upd = cur < minv[free]
            minv[free[upd]], way[free[upd]] = cur[upd], j0
            j1 = free[np.argmin(minv[free])]
            delta = minv[j1]
            u[p[used]] += delta
            v[used] -= delta
            minv[~used] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0], j0 = p[j1], j1
    cols = np.nonzero(p[1:])[0]
    rows = p[1:][cols] - 1
    order = np.argsort(rows)
    return rows[order].astype(np.int32), cols[order].astype(np.int32)
