# expect: wrong_answer
# variant: the area without sentinels
# No sentinels: the first stretch of recall, from 0 to rec[0], is lost.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    if use_07_metric:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            p = prec[rec >= t].max() if (rec >= t).any() else 0.0
            ap += p / 11.0
        return ap
    if len(rec) == 0:
        return 0.0
    mpre = np.maximum.accumulate(prec[::-1])[::-1]
    i = np.where(rec[1:] != rec[:-1])[0]
    return float(np.sum((rec[i + 1] - rec[i]) * mpre[i + 1]))
