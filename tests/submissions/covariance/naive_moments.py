# expect: wrong_answer
# E[xy] - E[x]E[y]: catastrophic cancellation around 1e8.
# message: 1e8
import numpy as np


def covariance(x, y, unbiased=True):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size
    if n - int(unbiased) <= 0:
        return float("nan")
    c = np.mean(a * b) - a.mean() * b.mean()
    return float(c * n / (n - 1) if unbiased else c)
