"""Reference: COCO-style 101-point interpolated AP of one class at one IoU threshold, from
already-matched detections, as pycocotools' COCOeval.accumulate() and summarize().

    coco_ap_101(tp, scores, npos) -> (ap, precision)

- tp: bool [D], True where the detection matched a ground truth (a true positive), False
  for a false positive; scores: float [D]; npos: int, the number of ground truths
  (>= tp.sum()).
- Detections are sorted by decreasing score with a stable sort (np.argsort(-scores,
  kind="mergesort"), as pycocotools), then
      rc = cumsum(tp) / npos,   pr = cumsum(tp) / (cumsum(tp) + cumsum(fp) + np.spacing(1)),
  pr is made non-increasing from the right (pr[i-1] = max(pr[i-1], pr[i])), and for each
  recall threshold r in np.linspace(0, 1, 101) the precision is pr[i] at the first i with
  rc[i] >= r (np.searchsorted(rc, r, side="left")), 0 when there is none.
- precision: float64 [101], those interpolated precisions (pycocotools' precision[t, :, k, a, m]);
  ap: Python float, their mean.
- npos == 0: pycocotools skips the class and marks it absent: precision all -1, ap = -1.0.
"""
import numpy as np

REC_THRS = np.linspace(0.0, 1.00, int(np.round((1.00 - 0.0) / 0.01)) + 1, endpoint=True)


def coco_ap_101(tp, scores, npos):
    if npos == 0:
        q = -np.ones(len(REC_THRS))
        return -1.0, q
    order = np.argsort(-np.asarray(scores), kind="mergesort")
    tps = np.asarray(tp, bool)[order]
    tp_sum = np.cumsum(tps).astype(np.float64)
    fp_sum = np.cumsum(~tps).astype(np.float64)
    rc = tp_sum / npos
    pr = tp_sum / (fp_sum + tp_sum + np.spacing(1))
    pr = np.maximum.accumulate(pr[::-1])[::-1]  # non-increasing from the right
    inds = np.searchsorted(rc, REC_THRS, side="left")
    q = np.zeros(len(REC_THRS))
    found = inds < len(pr)  # thresholds above the last recall get precision 0
    q[found] = pr[inds[found]]
    return float(np.mean(q)), q
