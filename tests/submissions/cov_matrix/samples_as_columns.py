# expect: wrong_answer
# variant: the rows as variables (np.cov's default rowvar=True)
# Treats the columns as samples (np.cov's default rowvar=True): an [N,N] matrix.
# message: rows of X are the samples
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    xc = a - a.mean(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return xc @ xc.T / (a.shape[1] - 1)
