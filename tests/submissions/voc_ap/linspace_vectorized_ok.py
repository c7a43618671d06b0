# expect: accepted
# Vectorised 11-point (thresholds from np.linspace(0, 1, 11), a broadcast comparison) and the
# all-point area with np.maximum.accumulate as the envelope.
import numpy as np


def voc_ap(rec, prec, use_07_metric=False):
    rec = np.asarray(rec, np.float64)
    prec = np.asarray(prec, np.float64)
    if use_07_metric:
        reach = rec[None, :] >= np.linspace(0.0, 1.0, 11)[:, None]  # [11, N]
        best = np.where(reach, prec[None, :], -np.inf).max(axis=1, initial=-np.inf)
        return float(np.where(np.isfinite(best), best, 0.0).sum() / 11.0)
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.concatenate(([0.0], prec, [0.0]))
    mpre = np.maximum.accumulate(mpre[::-1])[::-1]
    step = mrec[1:] != mrec[:-1]
    return float(np.sum((mrec[1:] - mrec[:-1])[step] * mpre[1:][step]))
