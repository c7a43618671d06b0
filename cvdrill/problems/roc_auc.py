"""roc_auc: ROC AUC of binary labels as scikit-learn 1.9's roc_auc_score (ties count 1/2,
the Mann-Whitney U); nan when y_true holds one class only.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/roc_auc/): accepted: ok_trapezoid 1.1-1.2x; too
slow: pairwise_loop 104-110x. Limit 10x; the nearest class is 8.5x from it.
"""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, shrink_rows
from ._metrics import float_check


def _scores(rng, n, p=0.5, sep=0.8, ties=False, dtype=np.float64):
    y = (rng.uniform(size=n) < p).astype(np.int64)
    y[:2] = (0, 1)  # both classes
    s = rng.normal(0, 1, n) + sep * y
    if ties:
        s = np.round(s * 2) / 2
    return y, s.astype(dtype)


def cases(rng):
    a = np.array
    yield Case("two samples, ranked right", (a([0, 1]), a([0.2, 0.8])))
    yield Case("two samples, ranked wrong", (a([1, 0]), a([0.2, 0.8])))
    yield Case("every score equal: 0.5", (a([0, 1, 0, 1, 1]), a([0.3] * 5)))
    yield Case("a tie between a positive and a negative counts 1/2", (a([0, 1, 0, 1]), a([0.1, 0.5, 0.5, 0.9])))
    yield Case("integer scores with ties", (a([0, 0, 1, 1, 0, 1]), a([1, 2, 2, 3, 3, 3])))
    yield Case("only positives: nan (as scikit-learn 1.9)", (a([1, 1, 1]), a([0.1, 0.2, 0.3])))
    yield Case("only negatives: nan", (a([0, 0]), a([0.4, 0.4])))
    yield Case("one sample: nan", (a([1]), a([0.5])))
    yield Case("bool y_true", (a([True, False, True, False, False]), a([0.9, 0.1, 0.4, 0.4, 0.8])))
    yield Case("scores outside [0, 1] (logits)", (a([0, 1, 1, 0, 1]), a([-30.0, 12.5, 0.0, -0.5, 7.0])))
    yield Case("float32 scores with ties", _scores(rng, 40, ties=True, dtype=np.float32))
    yield Case("perfect ranking, large N", (np.r_[np.zeros(500, np.int64), np.ones(300, np.int64)],
                                             np.r_[rng.uniform(0, 1, 500), rng.uniform(2, 3, 300)]))
    for n, p, ties, dt in ((30, 0.5, False, np.float64), (200, 0.1, True, np.float64), (1000, 0.5, True, np.float32),
                           (5000, 0.3, False, np.float64), (3000, 0.9, True, np.float64), (700, 0.5, True, np.int64)):
        yield Case(f"random N={n}, {p:.0%} positive" + (", tied scores" if ties else "") + f", {np.dtype(dt).name}",
                   _scores(rng, n, p, 0.8, ties, dt), random=True)


def _big(rng, n):
    y, s = _scores(rng, n, 0.5, 0.8, ties=True)
    return Case(f"N={n}, tied scores", (y, s))


def auc_with(y_true, y_score, tie=None):
    """AUC with another rule for a tied (positive, negative) pair: it counts `tie` (0 or 1),
    or with tie=None it is decided by input order, as ordinal ranks (a stable argsort of the
    scores, argsorted again) decide it: the one that comes later in the input ranks higher."""
    y = np.asarray(y_true).reshape(-1).astype(bool)
    s = np.asarray(y_score).reshape(-1)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    if tie is None:
        ranks = np.empty(s.size)
        ranks[np.argsort(s, kind="stable")] = np.arange(1, s.size + 1)
        return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))
    neg = np.sort(s[~y])
    below = np.searchsorted(neg, s[y], side="left")
    equal = np.searchsorted(neg, s[y], side="right") - below
    return float((below.sum() + tie * equal.sum()) / (n_pos * n_neg))


PROBLEM = Problem(
    slug="roc_auc",
    kind="numpy",
    params=["y_true", "y_score"],
    cases=cases,
    check=float_check(("auc",)),
    forbidden=["sklearn.*", "torchmetrics.*", "torcheval.*", "scipy.stats.mannwhitneyu"],
    timed=Timed(make=_big, sizes=[2000, 10000, 50000], ratio=10.0, floor=0.05),
    shrink=shrink_rows(0, 1),
    terms=["roc_auc_score", "1.9", "1/2", "Mann-Whitney", "nan", "one class", "N >= 1", "bool", "float", "1e-9", "10x",
           "N = 50000"],
    variants=[
        Variant("ties counted as 0", partial(auc_with, tie=0),
                "a positive that ties a negative wins nothing (only a strictly higher score counts), so tied scores "
                "pull the AUC down; a tie counts 1/2, as the trapezoids of the ROC curve and average ranks count it",
                "正样本与负样本分数相同时记 0（只有严格更高才算赢），于是分数并列会拉低 AUC；并列应记 1/2，"
                "ROC 曲线的梯形面积和平均秩都是这样算的",
                name_zh="并列记 0"),
        Variant("ties counted as 1", partial(auc_with, tie=1),
                "a positive that ties a negative counts as a win (score >= instead of >), so tied scores push the "
                "AUC up; a tie counts 1/2, as the trapezoids of the ROC curve and average ranks count it",
                "正样本与负样本分数相同时记 1（用了 >= 而不是 >），于是分数并列会抬高 AUC；并列应记 1/2，"
                "ROC 曲线的梯形面积和平均秩都是这样算的",
                name_zh="并列记 1"),
        Variant("ordinal ranks", partial(auc_with, tie=None),
                "equal scores get distinct ranks in input order (an argsort of an argsort) instead of the mean rank "
                "of their run, so a tied (positive, negative) pair counts 1 or 0 depending on which comes first; "
                "give every score in a run of equal scores the run's average rank, so that a tie counts 1/2",
                "相同的分数按输入顺序得到了各不相同的秩（对 argsort 再做一次 argsort），而不是这段并列分数的平均秩，"
                "于是一个并列的（正, 负）样本对记 1 还是 0 取决于谁在前面；应让一段相同分数中的每个样本都取这段的"
                "平均秩，这样并列恰好记 1/2",
                name_zh="序数秩"),
    ],
)
