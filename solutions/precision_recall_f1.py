"""Reference: precision, recall and F1 as sklearn.metrics.precision_recall_fscore_support
(scikit-learn 1.9, beta = 1, no sample weights), for integer labels.

    precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0)
        -> (precision, recall, f1) Python floats

- labels: pos_label alone for average="binary" (y_true and y_pred then hold at most two
  distinct values); otherwise the sorted union of the values in y_true and y_pred.
- per label: tp, fp, fn; precision = tp / (tp + fp), recall = tp / (tp + fn),
  f1 = 2 tp / (2 tp + fp + fn); a zero denominator gives zero_division (0.0, 1.0 or nan).
- "micro": the counts summed over labels first; "macro": the plain mean over labels;
  "weighted": the mean weighted by each label's support (count in y_true). With
  zero_division=nan, "macro" and "weighted" leave the nan labels out (nan if all are nan);
  when the labels left after dropping nan all have support 0, "weighted" takes their
  plain mean (sklearn's _nanaverage). N >= 1 (scikit-learn rejects empty input).
"""
import numpy as np


def _div(num, den, zero_division):
    num = np.asarray(num, np.float64)
    den = np.asarray(den, np.float64)
    out = np.full(num.shape, float(zero_division))
    ok = den != 0
    out[ok] = num[ok] / den[ok]
    return out


def _average(x, weights=None):
    keep = ~np.isnan(x)
    if not keep.any():
        return float("nan")
    if weights is None:
        return float(np.mean(x[keep]))
    w = weights[keep]
    if w.sum() == 0:  # the labels left all have support 0: sklearn's _nanaverage ignores the weights
        return float(np.mean(x[keep]))
    return float(np.average(x[keep], weights=w))


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    yt = np.asarray(y_true).reshape(-1)
    yp = np.asarray(y_pred).reshape(-1)
    if average == "binary":
        labels = np.array([pos_label])
    else:
        labels = np.union1d(yt, yp)
    tp = np.array([np.sum((yt == c) & (yp == c)) for c in labels], np.float64)
    pred_sum = np.array([np.sum(yp == c) for c in labels], np.float64)
    true_sum = np.array([np.sum(yt == c) for c in labels], np.float64)
    if average == "micro":
        tp, pred_sum, true_sum = tp.sum(keepdims=True), pred_sum.sum(keepdims=True), true_sum.sum(keepdims=True)
    precision = _div(tp, pred_sum, zero_division)
    recall = _div(tp, true_sum, zero_division)
    f1 = _div(2 * tp, pred_sum + true_sum, zero_division)
    if average == "weighted":
        return tuple(_average(x, true_sum) for x in (precision, recall, f1))
    return tuple(_average(x) for x in (precision, recall, f1))
