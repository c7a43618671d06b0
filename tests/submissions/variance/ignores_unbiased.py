# expect: wrong_answer
# variant: the biased variance (divide by N)
# Always divides by N.
# message: expected 1.66667, got 1.25
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    if a.size == 0:
        return float("nan")
    return float(((a - a.mean()) ** 2).mean())
