# expect: wrong_answer
# variant: nan labels kept in the mean
# message: zero_division=nan
# np.mean over the labels with zero_division=nan: one nan label makes the whole average nan,
# where scikit-learn leaves the nan labels out.
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
    out = [_div(tp, ps, zero_division), _div(tp, ts, zero_division), _div(2 * tp, ps + ts, zero_division)]
    if average == "weighted":
        return tuple(float(np.average(x, weights=ts)) for x in out)
    return tuple(float(np.mean(x)) for x in out)
