# expect: accepted
# Centre the columns, then C = Xc^T Xc / (N - 1).
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    n, d = a.shape
    if n < 2:
        return np.full((d, d), np.nan)
    xc = a - a.mean(axis=0, keepdims=True)
    return xc.T @ xc / (n - 1)
