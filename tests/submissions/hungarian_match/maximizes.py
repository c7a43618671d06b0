# expect: wrong_answer
# variant: the maximum total
# The KM algorithm as written for a weight (similarity) matrix: the matrix is negated so that the
# min-cost Hungarian finds the LARGEST total. cost holds costs: the sum must be the smallest.
import numpy as np


def _solve(a):
    n, m = len(a), len(a[0])
    INF = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (m + 1), [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [INF] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], INF, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = a[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, m + 1) if p[j]]


def hungarian_match(cost):
    w = -np.asarray(cost, np.float64)  # weights: the larger the better
    n, m = w.shape
    if n == 0 or m == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    if n <= m:
        pairs = sorted(_solve(w.tolist()))
    else:
        pairs = sorted((r, q) for q, r in _solve(w.T.tolist()))
    return np.array([r for r, _ in pairs], np.int64), np.array([q for _, q in pairs], np.int64)
