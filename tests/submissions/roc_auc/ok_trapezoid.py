# expect: accepted
# The ROC curve as scikit-learn builds it (one point per distinct threshold, cumulative
# true and false positives), then the trapezoidal area.
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).astype(np.float64)
    s = np.asarray(y_score, np.float64)
    order = np.argsort(-s, kind="mergesort")
    s, y = s[order], y[order]
    last = np.r_[np.flatnonzero(np.diff(s)), len(s) - 1]  # the last index of each distinct score
    tps = np.cumsum(y)[last]
    fps = (last + 1) - tps
    if tps[-1] == 0 or fps[-1] == 0:
        return float("nan")
    tpr = np.r_[0.0, tps / tps[-1]]
    fpr = np.r_[0.0, fps / fps[-1]]
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
