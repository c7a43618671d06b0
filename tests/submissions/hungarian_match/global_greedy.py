# expect: wrong_answer
# variant: greedy, cheapest pair first
# Tracker-style greedy matching: sort every (row, column) pair by cost and take each pair whose row
# and column are still free. Quick, a valid matching, not the cheapest.
import numpy as np


def hungarian_match(cost):
    c = np.asarray(cost, np.float64)
    n, m = c.shape
    used_r, used_c = set(), set()
    pairs = []
    for flat in np.argsort(c.ravel(), kind="stable"):
        i, j = divmod(int(flat), m)
        if i not in used_r and j not in used_c:
            used_r.add(i)
            used_c.add(j)
            pairs.append((i, j))
    pairs.sort()
    return np.array([p[0] for p in pairs], np.int64), np.array([p[1] for p in pairs], np.int64)
