# expect: wrong_answer
# Returns 0 for a single pair with unbiased=True (numpy gives nan).
# message: expected nan, got 0
import numpy as np


def covariance(x, y, unbiased=True):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.size == 0:
        return float("nan")
    n = max(a.size - int(unbiased), 1)
    return float(np.dot(a - a.mean(), b - b.mean()) / n)
