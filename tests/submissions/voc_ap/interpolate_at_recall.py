# expect: wrong_answer
# variant: the precision at the first recall >= t
# 11-point with the precision AT the first recall >= t instead of the maximum over recall >= t.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    if use_07_metric:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            idx = np.nonzero(rec >= t)[0]
            ap += (prec[idx[0]] if len(idx) else 0.0) / 11.0
        return ap
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.maximum.accumulate(np.concatenate(([0.0], prec, [0.0]))[::-1])[::-1]
    i = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))
