"""The roc_auc reference against scikit-learn 1.9.1's own answers (goldens from
tests/fixtures/make_metrics_golden.py) and pairwise counting over every judged case."""
import math

import numpy as np

from cvdrill.judge.run import load_reference
from oracle_metrics import check_every_case, metrics_golden

roc_auc = load_reference("roc_auc", "roc_auc")


def pairwise_auc(y_true, y_score):
    """Every (positive, negative) pair: 1 if the positive scores higher, 1/2 on a tie."""
    y = np.asarray(y_true).astype(bool)
    s = np.asarray(y_score).astype(np.float64)
    pos, neg = s[y], s[~y]
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    wins = 0.0
    for p in pos.tolist():  # numpy over the negatives, one positive at a time
        wins += float(np.count_nonzero(neg < p)) + 0.5 * float(np.count_nonzero(neg == p))
    return wins / (len(pos) * len(neg))


def test_every_judged_case():
    check_every_case("roc_auc", pairwise_auc)


def test_scikit_learn_golden():
    cases = metrics_golden("roc_auc")
    assert len(cases) >= 10
    for k, c in cases.items():
        exp = float(c["out"])
        for got in (roc_auc(c["y_true"], c["y_score"]), pairwise_auc(c["y_true"], c["y_score"])):
            assert isinstance(got, float)
            assert (math.isnan(exp) and math.isnan(got)) or math.isclose(got, exp, rel_tol=1e-12, abs_tol=1e-14), (k, got, exp)


def test_by_hand():
    assert roc_auc(np.array([0, 1]), np.array([0.1, 0.9])) == 1.0
    assert roc_auc(np.array([1, 0]), np.array([0.1, 0.9])) == 0.0
    assert roc_auc(np.array([0, 1, 0, 1]), np.array([0.5] * 4)) == 0.5
    # pairs (p=0.5 vs n=0.1: 1), (0.5 vs 0.5: 1/2), (0.9 vs 0.1: 1), (0.9 vs 0.5: 1) -> 3.5 / 4
    assert roc_auc(np.array([0, 1, 0, 1]), np.array([0.1, 0.5, 0.5, 0.9])) == 3.5 / 4
    assert math.isnan(roc_auc(np.array([1, 1]), np.array([0.2, 0.3])))
