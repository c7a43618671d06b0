# expect: forbidden
# np.cov(x, y)[0, 1].
# message: numpy.cov
import numpy as np


def covariance(x, y, unbiased=True):
    return float(np.cov(x.ravel(), y.ravel(), ddof=int(unbiased))[0, 1])
