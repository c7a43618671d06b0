"""Shared by the statistics problems (variance, covariance, cov_matrix, pearson): what is
forbidden, the tolerance, and data with a large offset."""
from __future__ import annotations

import math

import numpy as np

from ..judge.spec import compare

EPS = np.finfo(np.float64).eps
RTOL = 1e-6

# Whole-answer shortcuts, as functions and as methods (x.var(), x.std(), t.cov()): the
# "*.name" patterns catch the method calls, whatever the object is called.
# (the numpy names last: a getattr string is reported by the last name with that leaf)
FORBIDDEN = ["statistics.*", "scipy.stats.*", "pandas.*", "sklearn.covariance.*",
             "torch.var*", "torch.std*", "torch.cov", "torch.corrcoef",
             "numpy._core._methods._var", "numpy._core._methods._std",
             "numpy.lib._function_base_impl.cov", "numpy.lib._function_base_impl.corrcoef",
             "numpy.lib._nanfunctions_impl.nanvar", "numpy.lib._nanfunctions_impl.nanstd",
             "numpy.ma.var", "numpy.ma.std", "numpy.ma.cov", "numpy.ma.corrcoef",
             "*.var", "*.std", "*.nanvar", "*.nanstd", "*.cov", "*.corrcoef",
             "numpy.nanvar", "numpy.nanstd", "numpy.var", "numpy.std", "numpy.cov", "numpy.corrcoef"]


def atol(x, y=None, axis=None) -> float:
    """The absolute error a correct two-pass float64 (co)variance may carry. A mean may be off
    by delta = N rounding steps of the largest |value| (a plain sequential sum), which moves a
    covariance by up to delta_x * delta_y + delta_x * spread_y + delta_y * spread_x; the sum of
    N products adds N * EPS * spread_x * spread_y. E[xy] - E[x]E[y] is off by about
    EPS * max|x| * max|y|: far beyond this once the mean is large against the spread (1e8 + noise).
    `axis=0`: X's columns are the variables (the largest spread of a column counts)."""
    y = x if y is None else y
    if x.size == 0:
        return 1e-300
    n = x.shape[0] if axis == 0 else x.size
    a, b = x.astype(np.float64), y.astype(np.float64)
    dx, dy = (n * EPS * float(np.abs(v).max()) for v in (a, b))
    sx, sy = (float((v.max(axis=axis) - v.min(axis=axis)).max()) for v in (a, b))
    return dx * dy + dx * sy + dy * sx + n * EPS * sx * sy + 1e-300


def offset_pair(rng, n, offset=1e8, rho=0.6):
    """Two correlated samples of unit spread around a large common offset."""
    x = rng.normal(size=n)
    y = rho * x + math.sqrt(1 - rho * rho) * rng.normal(size=n)
    return offset + x, offset + y


def check_scalar(case, expected, got, what="result", tol=None):
    """A Python float (or numpy scalar) within RTOL and `tol` (default: atol of the
    array arguments); nan where the reference gives nan."""
    if isinstance(got, np.ndarray) and got.ndim:
        return f"{what}: returned a numpy array of shape [{','.join(map(str, got.shape))}], expected a Python float"
    arrays = [a for a in case.args if isinstance(a, np.ndarray)]
    return compare(expected, got, RTOL, atol(*arrays[:2]) if tol is None else tol, what=what)


def dtype_note(case) -> str:
    kinds = sorted({a.dtype.name for a in case.args if isinstance(a, np.ndarray)} - {"float64"})
    return f" [the input is {', '.join(kinds)}]" if kinds else ""
