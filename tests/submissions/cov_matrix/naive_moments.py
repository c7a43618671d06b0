# expect: wrong_answer
# (X^T X - N m m^T) / (N - 1): one pass, catastrophic cancellation for columns around 1e8.
# message: 1e8
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    n = len(a)
    m = a.mean(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (a.T @ a - n * np.outer(m, m)) / (n - 1)
