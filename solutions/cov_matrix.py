"""Reference: the sample covariance matrix of the columns of X.

    cov_matrix(X) -> [D,D] float64

- X: [N,D], rows are samples (observations), columns are variables; any numeric dtype.
- C[i,j] = sum_k (X[k,i] - mean_i) (X[k,j] - mean_j) / (N - 1): np.cov(X, rowvar=False),
  except that the result is always [D,D] (np.cov gives a 0-d array when D = 1).
- N = 1: every entry nan (0 / 0), as numpy. Symmetric by construction.
"""
import numpy as np


def cov_matrix(X) -> np.ndarray:
    a = np.asarray(X, dtype=np.float64)
    n, d = a.shape
    if n - 1 <= 0:
        return np.full((d, d), np.nan)
    c = a - a.mean(axis=0)      # centre each column (two passes: no E[xy] - E[x]E[y])
    return c.T @ c / (n - 1)
