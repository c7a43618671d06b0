# expect: wrong_answer
# variant: uint8 arithmetic
# message: uint8
# num_classes * target + pred computed in the input's dtype: uint8 wraps around at 256.
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    keep = target != ignore_index
    idx = (num_classes * target[keep] + pred[keep]).reshape(-1)
    conf = np.bincount(idx.astype(np.int64), minlength=num_classes ** 2)[:num_classes ** 2]
    conf = conf.reshape(num_classes, num_classes)
    tp = np.diag(conf)
    union = conf.sum(0) + conf.sum(1) - tp
    with np.errstate(invalid="ignore", divide="ignore"):
        iou = tp / union
    return float(np.nanmean(iou)) if (union > 0).any() else float("nan"), iou.astype(np.float64)
