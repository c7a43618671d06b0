# expect: forbidden
# scipy's linear_sum_assignment: the function itself.
import numpy as np
from scipy.optimize import linear_sum_assignment


def hungarian_match(cost):
    r, c = linear_sum_assignment(cost)
    return r.astype(np.int64), c.astype(np.int64)
