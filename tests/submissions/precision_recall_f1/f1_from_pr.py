# expect: wrong_answer
# variant: F1 from the filled precision and recall
# message: f1
# F1 as the harmonic mean 2PR / (P + R) of the already zero_division-filled P and R:
# a nan recall makes F1 nan where scikit-learn's 2tp / (2tp + fp + fn) gives 0.
import numpy as np


def _div(a, b, z):
    return np.where(b != 0, a / np.where(b != 0, b, 1), z)


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    yt, yp = np.asarray(y_true), np.asarray(y_pred)
    labels = np.array([pos_label]) if average == "binary" else np.union1d(yt, yp)
    tp = np.array([np.sum((yt == c) & (yp == c)) for c in labels], float)
    ps = np.array([np.sum(yp == c) for c in labels], float)
    ts = np.array([np.sum(yt == c) for c in labels], float)
    if average == "micro":
        tp, ps, ts = tp.sum(keepdims=True), ps.sum(keepdims=True), ts.sum(keepdims=True)
    p, r = _div(tp, ps, zero_division), _div(tp, ts, zero_division)
    f = _div(2 * p * r, p + r, zero_division)
    w = ts if average == "weighted" else None

    def avg(x):
        k = ~np.isnan(x)
        if not k.any():
            return float("nan")
        if w is None or w[k].sum() == 0:
            return float(x[k].mean())
        return float(np.average(x[k], weights=w[k]))
    return avg(p), avg(r), avg(f)
