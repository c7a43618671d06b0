# expect: wrong_answer
# The textbook one-pass formula (n sum xy - sum x sum y) / sqrt(...): fine for small numbers,
# garbage around 1e8.
# message: 1e8
import math

import numpy as np


def pearson(x, y):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    n = a.size
    num = n * np.sum(a * b) - a.sum() * b.sum()
    den = math.sqrt(max(n * np.sum(a * a) - a.sum() ** 2, 0.0) * max(n * np.sum(b * b) - b.sum() ** 2, 0.0))
    return float(num / den) if den > 0 else math.nan
