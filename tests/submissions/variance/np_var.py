# expect: forbidden
# np.var with ddof does it all.
# message: numpy.var
import numpy as np


def variance(x, unbiased=False):
    return float(np.var(x, ddof=int(unbiased)))
