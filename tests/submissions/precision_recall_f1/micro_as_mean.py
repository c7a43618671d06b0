# expect: wrong_answer
# variant: micro as the mean over labels
# message: micro
# "micro" as the mean of the per-label ratios (that is macro): the counts must be summed first.
import numpy as np


def _div(a, b, z):
    return np.where(b != 0, a / np.where(b != 0, b, 1), z)


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    yt, yp = np.asarray(y_true), np.asarray(y_pred)
    labels = np.array([pos_label]) if average == "binary" else np.union1d(yt, yp)
    tp = np.array([np.sum((yt == c) & (yp == c)) for c in labels], float)
    ps = np.array([np.sum(yp == c) for c in labels], float)
    ts = np.array([np.sum(yt == c) for c in labels], float)
    out = [_div(tp, ps, zero_division), _div(tp, ts, zero_division), _div(2 * tp, ps + ts, zero_division)]
    w = ts if average == "weighted" else None

    def avg(x):
        k = ~np.isnan(x)
        if not k.any():
            return float("nan")
        if w is None or w[k].sum() == 0:
            return float(x[k].mean())
        return float(np.average(x[k], weights=w[k]))
    return tuple(avg(x) for x in out)
