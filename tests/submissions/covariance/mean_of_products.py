# expect: wrong_answer
# variant: the biased covariance (divide by N)
# The mean of the products of the deviations: always 1/N, the unbiased flag is never read.
import numpy as np


def covariance(x, y, unbiased=True):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.size == 0:
        return float("nan")
    return float(np.mean((a - a.mean()) * (b - b.mean())))
