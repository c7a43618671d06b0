# expect: wrong_answer
# message: batch
# A batch scored image by image and the mIoUs averaged, instead of one confusion matrix.
import numpy as np


def _one(p, t, c, ignore_index):
    p = np.asarray(p, np.int64).ravel()
    t = np.asarray(t, np.int64).ravel()
    keep = t != ignore_index
    conf = np.bincount(c * t[keep] + p[keep], minlength=c * c).reshape(c, c)
    tp = np.diag(conf).astype(np.float64)
    union = conf.sum(0) + conf.sum(1) - tp
    iou = np.full(c, np.nan)
    iou[union > 0] = tp[union > 0] / union[union > 0]
    return iou


def miou(pred, target, num_classes, ignore_index=255):
    pred, target = np.asarray(pred), np.asarray(target)
    if pred.ndim == 3:
        ious = np.array([_one(p, t, num_classes, ignore_index) for p, t in zip(pred, target)])
        with np.errstate(all="ignore"):
            import warnings
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                per = np.nanmean(ious, 0)
                return float(np.nanmean(per)), per
    iou = _one(pred, target, num_classes, ignore_index)
    return (float(np.nanmean(iou)) if not np.isnan(iou).all() else float("nan")), iou
