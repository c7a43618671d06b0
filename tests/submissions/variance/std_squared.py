# expect: forbidden
# np.std squared is np.var.
# message: numpy.std
from numpy import std


def variance(x, unbiased=False):
    return float(std(x, ddof=int(unbiased)) ** 2)
