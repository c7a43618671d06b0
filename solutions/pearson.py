"""Reference: Pearson's correlation coefficient of two equally long samples.

    pearson(x, y) -> float in [-1, 1]

- x, y: ndarrays of the same shape (any numeric dtype); every element counts; float64.
- r = sum(dx * dy) / sqrt(sum(dx^2) * sum(dy^2)), dx = x - mean x, dy = y - mean y
  (the 1/(N-1) factors cancel): np.corrcoef(x.ravel(), y.ravel())[0, 1].
- nan when either sample is constant (zero variance), has a single element, or is empty
  (0 / 0), as numpy. Clipped to [-1, 1] against rounding, as np.corrcoef does.
"""
import math

import numpy as np


def pearson(x, y) -> float:
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.shape != b.shape:
        raise ValueError("x and y must have the same shape")
    if a.size == 0:
        return float("nan")
    da, db = a - a.mean(), b - b.mean()
    den = math.sqrt(float(da @ da) * float(db @ db))
    if den == 0.0:
        return float("nan")
    return float(min(1.0, max(-1.0, float(da @ db) / den)))
