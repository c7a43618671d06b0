# expect: wrong_answer
# AP as the mean of the precision values.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    if len(prec) == 0:
        return 0.0
    return float(np.mean(prec))
