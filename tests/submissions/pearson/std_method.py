# expect: forbidden
# Covariance by hand, but the standard deviations from the ndarray method .std().
# message: \.std
import numpy as np


def pearson(x, y):
    a, b = x.ravel().astype(float), y.ravel().astype(float)
    return float(np.mean((a - a.mean()) * (b - b.mean())) / (a.std() * b.std()))
