"""Reference: average precision from a precision/recall curve, as voc_ap in py-faster-rcnn's
lib/datasets/voc_eval.py (the Python port of the PASCAL VOC devkit).

    voc_ap(rec, prec, use_07_metric=False) -> float

- rec, prec: 1-D float arrays of the same length N (N may be 0), one entry per detection in
  order of decreasing score: rec non-decreasing in [0, 1], prec in [0, 1].
- use_07_metric=True (VOC2007, 11-point): the mean over t in np.arange(0., 1.1, 0.1) (exactly
  these floats: 0.30000000000000004, 0.6000000000000001, ...) of max(prec[rec >= t]), or 0
  when no recall reaches t.
- use_07_metric=False (VOC2010+, all points): append sentinels (recall 0 and 1 with
  precision 0 and 0), make precision monotone non-increasing from the right (the envelope),
  then sum (delta recall) * precision over the points where recall changes.
"""
import numpy as np


def voc_ap(rec: np.ndarray, prec: np.ndarray, use_07_metric: bool = False) -> float:
    rec = np.asarray(rec, np.float64)
    prec = np.asarray(prec, np.float64)
    if use_07_metric:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            above = rec >= t
            p = float(np.max(prec[above])) if above.any() else 0.0
            ap += p / 11.0
        return float(ap)
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.concatenate(([0.0], prec, [0.0]))
    # Envelope: each precision becomes the max of itself and everything to its right.
    mpre = np.maximum.accumulate(mpre[::-1])[::-1]
    i = np.where(mrec[1:] != mrec[:-1])[0]  # where recall changes
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))
