# expect: accepted
# 11-point thresholds k / 10 (exactly 0.3, 0.6, 0.7, where np.arange gives 0.30000000000000004,
# ...): the judge puts no recall exactly on a threshold, so this last-bit difference from
# py-faster-rcnn decides no verdict.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    if use_07_metric:
        ap = 0.0
        for k in range(11):
            t = k / 10
            p = prec[rec >= t].max() if (rec >= t).any() else 0.0
            ap += p / 11.0
        return ap
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.maximum.accumulate(np.concatenate(([0.0], prec, [0.0]))[::-1])[::-1]
    i = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))
