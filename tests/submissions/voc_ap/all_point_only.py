# expect: wrong_answer
# variant: the all-point metric for use_07_metric=True
# Only the modern all-point AP: the use_07_metric flag is accepted but never read.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    mrec = np.r_[0.0, rec, 1.0]
    mpre = np.r_[0.0, prec, 0.0]
    for i in range(len(mpre) - 2, -1, -1):
        mpre[i] = max(mpre[i], mpre[i + 1])
    step = np.flatnonzero(np.diff(mrec))
    return float(np.sum(np.diff(mrec)[step] * mpre[step + 1]))
