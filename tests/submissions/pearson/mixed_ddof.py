# expect: wrong_answer
# variant: mixed divisors (N-1 over N)
# Sample covariance (1/(N-1)) over population standard deviations (1/N): r * N / (N - 1).
# message: expected 0.6, got 0.8
import math

import numpy as np


def pearson(x, y):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size
    if n < 2:
        return math.nan
    da, db = a - a.mean(), b - b.mean()
    cov = np.dot(da, db) / (n - 1)
    sa, sb = math.sqrt(np.dot(da, da) / n), math.sqrt(np.dot(db, db) / n)
    return float(cov / (sa * sb)) if sa * sb > 0 else math.nan
