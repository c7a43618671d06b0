# expect: time_limit_exceeded
# Every positive against all negatives: O(n_pos * n_neg), right but far too slow at N = 50000.
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(y_score, np.float64)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = 0.0
    for p in pos:
        wins += np.count_nonzero(neg < p) + 0.5 * np.count_nonzero(neg == p)
    return wins / (len(pos) * len(neg))
