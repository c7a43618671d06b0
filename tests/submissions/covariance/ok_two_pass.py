# expect: accepted
# Centre both samples, then the mean product of the deviations.
import numpy as np


def covariance(x, y, unbiased=True):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size - int(unbiased)
    if n <= 0:
        return float("nan")
    return float(np.dot(a - a.mean(), b - b.mean()) / n)
