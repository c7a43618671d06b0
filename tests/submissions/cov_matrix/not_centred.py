# expect: wrong_answer
# variant: no centring (the second moment)
# Forgets to subtract the mean: X^T X / (N - 1) is a second moment, not a covariance.
# message: result: .* differ
import numpy as np


def cov_matrix(X):
    a = np.asarray(X, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return a.T @ a / (len(a) - 1)
