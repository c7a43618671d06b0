# expect: accepted
# The same with einsum, letting numpy give nan for 0 / 0 (N = 1).
import numpy as np


def cov_matrix(X):
    a = X.astype(np.float64)
    xc = a - a.mean(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.einsum("ni,nj->ij", xc, xc) / np.float64(len(a) - 1)
