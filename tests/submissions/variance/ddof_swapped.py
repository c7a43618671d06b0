# expect: wrong_answer
# variant: the flag read backwards
# unbiased=False divides by N - 1 (the flag read backwards).
# message: expected 1.25, got 1.66667
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    n = a.size - (0 if unbiased else 1)
    if n <= 0:
        return float("nan")
    return float(((a - a.mean()) ** 2).sum() / n)
