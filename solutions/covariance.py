"""Reference: the covariance of two equally long samples, two-pass.

    covariance(x, y, unbiased=True) -> float

- x, y: ndarrays of the same shape (any numeric dtype); element k of x pairs with element k
  of y; every element counts. Computed in float64.
- sum((x - mean x) * (y - mean y)) / (N - 1), or / N with unbiased=False:
  np.cov(x.ravel(), y.ravel(), ddof=...)[0, 1].
- nan when N - ddof <= 0 (empty; N = 1 with unbiased=True).
"""
import numpy as np


def covariance(x, y, unbiased: bool = True) -> float:
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.shape != b.shape:
        raise ValueError("x and y must have the same shape")
    dof = a.size - (1 if unbiased else 0)
    if dof <= 0:
        return float("nan")
    return float((a - a.mean()) @ (b - b.mean()) / dof)
