# expect: accepted
# Centre, then the cosine of the deviation vectors; 0 / 0 is nan.
import math

import numpy as np


def pearson(x, y):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    if a.size == 0:
        return math.nan
    da, db = a - a.mean(), b - b.mean()
    den = math.sqrt(np.dot(da, da) * np.dot(db, db))
    return float(np.dot(da, db) / den) if den > 0 else math.nan
