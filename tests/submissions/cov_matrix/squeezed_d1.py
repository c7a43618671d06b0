# expect: wrong_answer
# Squeezes the result like np.cov does: D = 1 gives a 0-d array instead of [1,1].
# message: D=1
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    xc = a - a.mean(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.squeeze(xc.T @ xc / (len(a) - 1))
