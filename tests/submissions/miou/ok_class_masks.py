# expect: accepted
# One pass per class with boolean masks: intersection and union counted directly.
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    keep = np.asarray(target) != ignore_index
    p = np.asarray(pred)[keep]
    t = np.asarray(target)[keep]
    iou = np.full(num_classes, np.nan)
    for c in range(num_classes):
        pc, tc = p == c, t == c
        union = np.count_nonzero(pc | tc)
        if union:
            iou[c] = np.count_nonzero(pc & tc) / union
    valid = iou[~np.isnan(iou)]
    return (float(valid.mean()) if valid.size else float("nan")), iou
