# expect: accepted
# Mean product of z-scores (population standard deviations), numpy's nan for 0 / 0.
import numpy as np


def pearson(x, y):
    a = np.asarray(x, dtype=np.float64).ravel()
    b = np.asarray(y, dtype=np.float64).ravel()
    with np.errstate(invalid="ignore", divide="ignore"):
        da, db = a - a.mean(), b - b.mean()
        sa, sb = np.sqrt((da ** 2).mean()), np.sqrt((db ** 2).mean())
        return float(np.clip(((da / sa) * (db / sb)).mean(), -1, 1)) if a.size else float("nan")
