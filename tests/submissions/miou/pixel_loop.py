# expect: time_limit_exceeded
# The confusion matrix filled one pixel at a time in Python.
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    conf = np.zeros((num_classes, num_classes), np.int64)
    for p, t in zip(np.asarray(pred).ravel().tolist(), np.asarray(target).ravel().tolist()):
        if t != ignore_index:
            conf[t, p] += 1
    tp = np.diag(conf).astype(np.float64)
    union = conf.sum(0) + conf.sum(1) - tp
    iou = np.full(num_classes, np.nan)
    iou[union > 0] = tp[union > 0] / union[union > 0]
    return (float(np.nanmean(iou)) if (union > 0).any() else float("nan")), iou
