# expect: wrong_answer
# Guards the division and returns 0 for a single sample with unbiased=True (numpy gives nan).
# message: expected nan, got 0
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    if a.size == 0:
        return float("nan")
    n = a.size - int(unbiased)
    return float(((a - a.mean()) ** 2).sum() / n) if n > 0 else 0.0
