# expect: accepted
# Welford's one-pass update, in a Python loop (not timed; stable for large offsets).
import math


def variance(x, unbiased=False):
    mean = 0.0
    m2 = 0.0
    n = 0
    for v in x.ravel().tolist():
        n += 1
        delta = v - mean
        mean += delta / n
        m2 += delta * (v - mean)
    dof = n - (1 if unbiased else 0)
    return m2 / dof if dof > 0 else math.nan
