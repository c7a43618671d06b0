# expect: wrong_answer
# variant: ordinal ranks
# message: tie|equal
# Ordinal ranks (argsort of argsort): tied scores get distinct ranks in input order instead of
# their mean rank, so a tied (positive, negative) pair counts 0 or 1 instead of 1/2.
import numpy as np


def roc_auc(y_true, y_score):
    y = np.asarray(y_true).astype(bool)
    n_pos = y.sum()
    n_neg = len(y) - n_pos
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    ranks = np.argsort(np.argsort(y_score, kind="stable"), kind="stable") + 1
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
