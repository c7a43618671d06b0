# expect: wrong_answer
# variant: the population default (unbiased=False)
# Divides by N by default (unbiased=True is the default here, as np.cov).
# message: expected 1, got 0.75
import numpy as np


def covariance(x, y, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size - int(unbiased)
    if n <= 0:
        return float("nan")
    return float(np.dot(a - a.mean(), b - b.mean()) / n)
