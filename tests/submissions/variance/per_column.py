# expect: wrong_answer
# Variance along axis 0 of a 2-D input (one per column), not over every element.
# message: returned a numpy array
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64)
    if a.size - int(unbiased) <= 0:
        return float("nan")
    d = a - a.mean(axis=0)
    v = (d ** 2).sum(axis=0) / (a.shape[0] - int(unbiased))
    return float(v) if a.ndim == 1 else v
