"""roc_auc: ROC AUC of binary labels as scikit-learn 1.9's roc_auc_score (ties count 1/2,
the Mann-Whitney U); nan when y_true holds one class only."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, shrink_rows
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
)
