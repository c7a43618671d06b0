"""Reference: mean intersection over union of a semantic segmentation, as mmsegmentation's
intersect_and_union + total_area_to_metrics (mIoU) over one image or a batch.

    miou(pred, target, num_classes, ignore_index=255) -> (miou float, per_class [C] float64)

- pred, target: integer arrays of the same shape (any shape: [H,W], [N,H,W], ...).
  pred in [0, C); target in [0, C) or == ignore_index (those pixels are dropped from both).
- confusion[t, p] = number of kept pixels with target t and prediction p (np.bincount on
  C * t + p, computed in int64); per class c: TP = confusion[c, c], FP = column sum - TP,
  FN = row sum - TP, IoU = TP / (TP + FP + FN); NaN where TP + FP + FN = 0 (the class is in
  neither the prediction nor the target); miou = the mean over the other classes
  (np.nanmean), NaN when every class is NaN.
"""
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    c = int(num_classes)
    p = np.asarray(pred).reshape(-1).astype(np.int64)
    t = np.asarray(target).reshape(-1).astype(np.int64)
    keep = t != ignore_index
    conf = np.bincount(c * t[keep] + p[keep], minlength=c * c).reshape(c, c)
    tp = np.diag(conf).astype(np.float64)
    union = conf.sum(0) + conf.sum(1) - tp
    per_class = np.full(c, np.nan)
    present = union > 0
    per_class[present] = tp[present] / union[present]
    m = float(per_class[present].mean()) if present.any() else float("nan")
    return m, per_class
