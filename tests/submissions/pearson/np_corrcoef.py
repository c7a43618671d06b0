# expect: forbidden
# np.corrcoef(x, y)[0, 1].
# message: numpy.corrcoef
import numpy as np


def pearson(x, y):
    return float(np.corrcoef(x.ravel(), y.ravel())[0, 1])
