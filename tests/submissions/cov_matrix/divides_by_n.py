# expect: wrong_answer
# variant: the biased covariance (divide by N)
# The population covariance (1/N).
# message: divided by N
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    xc = a - a.mean(axis=0)
    return xc.T @ xc / len(a)
