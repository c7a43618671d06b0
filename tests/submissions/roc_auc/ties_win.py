# expect: wrong_answer
# variant: ties counted as 1
# P(pos >= neg): each positive beats every negative with a lower or equal score.
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true) == 1
    pos, neg = y_score[y], np.sort(y_score[~y])
    if pos.size == 0 or neg.size == 0:
        return float("nan")
    return float(np.searchsorted(neg, pos, side="right").sum() / (pos.size * neg.size))
