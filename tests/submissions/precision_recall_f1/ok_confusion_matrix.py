# expect: accepted
# Counts from a confusion matrix built with np.unique(return_inverse) and np.add.at;
# micro from the matrix's trace.
import numpy as np


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    yt, yp = np.asarray(y_true).ravel(), np.asarray(y_pred).ravel()
    labels, inv = np.unique(np.concatenate([yt, yp]), return_inverse=True)
    k = len(labels)
    conf = np.zeros((k, k), np.int64)
    np.add.at(conf, (inv[:len(yt)], inv[len(yt):]), 1)
    tp, pred, true = np.diag(conf).astype(float), conf.sum(0).astype(float), conf.sum(1).astype(float)
    if average == "binary":
        hit = labels == pos_label
        tp, pred, true = (x[hit] if hit.any() else np.zeros(1) for x in (tp, pred, true))
    elif average == "micro":
        tp, pred, true = np.array([tp.sum()]), np.array([pred.sum()]), np.array([true.sum()])

    def ratio(a, b):
        out = np.full(len(a), float(zero_division))
        out[b > 0] = a[b > 0] / b[b > 0]
        return out

    res = []
    for x in (ratio(tp, pred), ratio(tp, true), ratio(2 * tp, pred + true)):
        ok = ~np.isnan(x)
        if not ok.any():
            res.append(float("nan"))
        elif average == "weighted" and true[ok].sum() > 0:
            res.append(float((x[ok] * true[ok]).sum() / true[ok].sum()))
        else:
            res.append(float(x[ok].mean()))
    return tuple(res)
