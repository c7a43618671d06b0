# expect: accepted
# The mean first, then the mean squared deviation; numpy returns nan (with a warning) for 0 / 0.
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    n = a.size - int(unbiased)
    if n <= 0:
        return float("nan")
    return float(((a - a.mean()) ** 2).sum() / n)
