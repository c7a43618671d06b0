# expect: forbidden
# np.cov(X, rowvar=False).
# message: numpy.cov
import numpy as np


def cov_matrix(X):
    return np.atleast_2d(np.cov(X, rowvar=False))
