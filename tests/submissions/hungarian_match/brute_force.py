# expect: time_limit_exceeded
# Every permutation of the columns: fine for 4 x 4, never ends for 60 x 60 (60! orders).
import itertools

import numpy as np


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    if n == 0 or m == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if n > m:
        cols, rows = hungarian_match(c.T)
        order = np.argsort(rows)
        return rows[order], cols[order]
    best, best_cols = None, None
    for perm in itertools.permutations(range(m), n):
        total = sum(c[i, j] for i, j in enumerate(perm))
        if best is None or total < best:
            best, best_cols = total, perm
    return np.arange(n, dtype=np.int64), np.array(best_cols, np.int64)
