# expect: wrong_answer
# The moments in the input's dtype: x * x wraps round in uint8.
# message: the input is uint8
import numpy as np


def variance(x, unbiased=False):
    n = x.size
    if n - int(unbiased) <= 0:
        return float("nan")
    v = float(np.mean(x * x)) - float(np.mean(x)) ** 2
    return v * n / (n - 1) if unbiased else v
