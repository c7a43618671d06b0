# expect: runtime_error
# message: only positives
# Raising ValueError for a single class, as scikit-learn did before 1.6 (1.9 returns nan).
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(y_score, np.float64)
    if y.all() or not y.any():
        raise ValueError("Only one class present in y_true. ROC AUC score is not defined in that case.")
    pos, neg = s[y], np.sort(s[~y])
    less = np.searchsorted(neg, pos, side="left")
    leq = np.searchsorted(neg, pos, side="right")
    return float((less + leq).sum() / 2 / (len(pos) * len(neg)))
