# expect: wrong_answer
# variant: greedy, row by row
# message: total cost .*, the optimum is
# Greedy: each row in turn takes its cheapest free column. A valid matching, not the cheapest.
import numpy as np


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    if n > m:
        cols, rows = hungarian_match(c.T)
        order = np.argsort(rows)
        return rows[order], cols[order]
    used = set()
    rows, cols = [], []
    for i in range(n):
        j = min((j for j in range(m) if j not in used), key=lambda j: c[i, j])
        used.add(j)
        rows.append(i)
        cols.append(j)
    return np.array(rows, np.int64), np.array(cols, np.int64)
