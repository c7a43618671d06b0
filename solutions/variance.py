"""Reference: the variance of all the elements of an array, two-pass.

    variance(x, unbiased=False) -> float

- x: ndarray of any shape and numeric dtype (uint8, int64, float32, float64); every element
  counts (no axis). Computed in float64.
- Population variance sum((x - mean)^2) / N, or with unbiased=True the sample variance
  sum((x - mean)^2) / (N - 1): np.var(x, ddof=0 or 1).
- nan when N - ddof <= 0 (an empty array; N = 1 with unbiased=True), as numpy.
- Two passes (the mean, then the squared deviations): E[x^2] - E[x]^2 loses every digit when
  the mean is large against the spread (1e8 + noise).
"""
import numpy as np


def variance(x, unbiased: bool = False) -> float:
    a = np.asarray(x, dtype=np.float64).ravel()
    dof = a.size - (1 if unbiased else 0)
    if dof <= 0:
        return float("nan")
    d = a - a.mean()
    return float(d @ d / dof)
