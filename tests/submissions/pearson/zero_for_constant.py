# expect: wrong_answer
# variant: 0 for an undefined correlation
# Returns 0 when a sample is constant (np.corrcoef gives nan: the correlation is undefined).
# message: expected nan, got 0
import numpy as np


def pearson(x, y):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    da, db = a - a.mean(), b - b.mean()
    den = np.sqrt(np.dot(da, da) * np.dot(db, db))
    return float(np.dot(da, db) / den) if den > 0 else 0.0
