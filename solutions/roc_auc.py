"""Reference: area under the ROC curve for binary labels, as sklearn.metrics.roc_auc_score
(scikit-learn 1.9, no sample weights, no max_fpr).

    roc_auc(y_true, y_score) -> float

- y_true: [N] of 0/1 (int or bool), 1 is the positive class; y_score: [N] float or int.
- AUC = P(score of a random positive > score of a random negative) + 1/2 P(equal): the
  Mann-Whitney U statistic / (n_pos * n_neg), from average ranks (ties share the mean of
  their ranks), which is exactly the trapezoidal area sklearn computes.
- Only one class in y_true (or N = 0): sklearn 1.9 warns and returns nan; so does this.
"""
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).reshape(-1).astype(bool)
    s = np.asarray(y_score).reshape(-1)
    n_pos = int(y.sum())
    n_neg = y.size - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    order = np.argsort(s, kind="mergesort")
    ss = s[order]
    # average rank (1-based) of each run of equal scores
    starts = np.flatnonzero(np.r_[True, ss[1:] != ss[:-1]])
    ends = np.r_[starts[1:], ss.size]
    run_rank = (starts + 1 + ends) / 2.0
    ranks = np.repeat(run_rank, ends - starts)
    rank_pos = float(ranks[y[order]].sum())
    u = rank_pos - n_pos * (n_pos + 1) / 2.0
    return u / (n_pos * n_neg)
