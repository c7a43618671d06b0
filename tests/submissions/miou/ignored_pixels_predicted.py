# expect: wrong_answer
# variant: ignored pixels left in the prediction
# Class masks built from the whole prediction: the ignore_index pixels never match a target
# class, but what is predicted there still enlarges the union (false positives).
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    pred, target = np.asarray(pred).ravel(), np.asarray(target).ravel()
    ious = np.full(num_classes, np.nan)
    for c in range(num_classes):
        p, t = pred == c, target == c
        union = np.count_nonzero(p | t)
        if union:
            ious[c] = np.count_nonzero(p & t) / union
    valid = ious[~np.isnan(ious)]
    return (float(valid.mean()) if valid.size else float("nan")), ious
