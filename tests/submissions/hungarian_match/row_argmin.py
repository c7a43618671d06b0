# expect: wrong_answer
# message: column \d+ is matched twice
# Each row's cheapest column, without the one-to-one constraint.
import numpy as np


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    k = min(n, m)
    if k == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if n > m:  # each column's cheapest row
        rows = np.argmin(c, axis=0)
        order = np.argsort(rows)
        return rows[order].astype(np.int64), np.arange(m, dtype=np.int64)[order]
    return np.arange(n, dtype=np.int64), np.argmin(c, axis=1).astype(np.int64)
