# expect: wrong_answer
# E[x^2] - E[x]^2 in float64: around 1e8 the two terms agree to 16 digits and the difference
# is rounding noise.
# message: 1e8
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    n = a.size
    if n - int(unbiased) <= 0:
        return float("nan")
    v = np.mean(a * a) - np.mean(a) ** 2
    return float(v * n / (n - 1) if unbiased else v)
