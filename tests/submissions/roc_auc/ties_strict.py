# expect: wrong_answer
# variant: ties counted as 0
# The pairwise definition vectorised with searchsorted, counting only negatives strictly below each positive.
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).astype(bool)
    pos, neg = y_score[y], np.sort(y_score[~y])
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = np.searchsorted(neg, pos, side="left").sum()  # neg < pos
    return float(wins / (len(pos) * len(neg)))
