"""Shared by the metrics problems (kmeans_anchors, hungarian_match, dice_loss, miou,
precision_recall_f1, roc_auc): checks of Python-float results and label generators."""
from __future__ import annotations

import numpy as np

from ..judge.spec import compare


def float_check(names: tuple[str, ...], rtol: float = 1e-9, atol: float = 1e-12):
    """A check of a float (names = ("auc",)) or a tuple of floats (names = ("precision", ...)):
    an array where a float belongs is named; NaN must match NaN."""
    def one(exp, got, what):
        if isinstance(got, np.ndarray) and got.ndim:
            return f"{what}: returned a numpy array of shape [{','.join(map(str, got.shape))}], expected a float"
        return compare(exp, got, rtol, atol, what=what)

    def check(case, expected, got):
        if len(names) == 1:
            return one(expected, got, names[0])
        if not isinstance(got, (tuple, list)) or len(got) != len(names):
            return compare(expected, got, what="result")
        for e, g, n in zip(expected, got, names):
            msg = one(e, g, n)
            if msg:
                return msg
        return None
    return check


def noisy_labels(rng: np.random.Generator, n: int, labels, keep: float) -> tuple[np.ndarray, np.ndarray]:
    """(y_true, y_pred) int64: y_pred copies y_true with probability `keep`, else a random label."""
    labels = np.asarray(labels)
    yt = rng.choice(labels, n)
    yp = np.where(rng.uniform(size=n) < keep, yt, rng.choice(labels, n))
    return yt.astype(np.int64), yp.astype(np.int64)
