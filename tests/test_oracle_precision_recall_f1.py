"""The precision_recall_f1 reference against scikit-learn 1.9.1's own answers (goldens from
tests/fixtures/make_metrics_golden.py) and a slow obvious count over every judged case."""
import math

import numpy as np

from cvdrill.judge.run import load_reference
from oracle_metrics import check_every_case, metrics_golden

prf = load_reference("precision_recall_f1", "precision_recall_f1")


def slow_prf(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    yt, yp = [v.item() for v in np.asarray(y_true)], [v.item() for v in np.asarray(y_pred)]
    labels = [pos_label] if average == "binary" else sorted(set(yt) | set(yp))
    counts = []
    for c in labels:
        tp = sum(1 for a, b in zip(yt, yp) if a == c and b == c)
        fp = sum(1 for a, b in zip(yt, yp) if a != c and b == c)
        fn = sum(1 for a, b in zip(yt, yp) if a == c and b != c)
        counts.append((tp, fp, fn))
    if average == "micro":
        counts = [tuple(sum(x[i] for x in counts) for i in range(3))]

    def div(a, b):
        return a / b if b else float(zero_division)

    cols = [[div(tp, tp + fp) for tp, fp, fn in counts], [div(tp, tp + fn) for tp, fp, fn in counts],
            [div(2 * tp, 2 * tp + fp + fn) for tp, fp, fn in counts]]
    support = [tp + fn for tp, fp, fn in counts]
    out = []
    for col in cols:
        kept = [(v, w) for v, w in zip(col, support) if not math.isnan(v)]
        if not kept:
            out.append(float("nan"))
        elif average == "weighted" and sum(w for _, w in kept) > 0:
            out.append(sum(v * w for v, w in kept) / sum(w for _, w in kept))
        else:
            out.append(sum(v for v, _ in kept) / len(kept))
    return tuple(out)


def test_every_judged_case():
    check_every_case("precision_recall_f1", slow_prf)


def test_scikit_learn_golden():
    cases = metrics_golden("prf")
    assert len(cases) > 100
    for k, c in cases.items():
        args = (c["y_true"], c["y_pred"], str(c["average"]), int(c["pos_label"]), float(c["zero_division"]))
        got = prf(*args)
        assert all(isinstance(v, float) for v in got)
        np.testing.assert_allclose(got, c["out"], rtol=1e-12, atol=1e-15, equal_nan=True, err_msg=f"case {k} {args[2:]}")
        np.testing.assert_allclose(slow_prf(*args), c["out"], rtol=1e-12, atol=1e-15, equal_nan=True)


def test_by_hand():
    yt, yp = np.array([1, 0, 1, 1, 0]), np.array([1, 1, 0, 1, 0])
    p, r, f = prf(yt, yp)  # tp 2, fp 1, fn 1
    assert (p, r, f) == (2 / 3, 2 / 3, 4 / 6)
    assert prf(np.array([0, 0]), np.array([0, 0]), zero_division=1.0) == (1.0, 1.0, 1.0)
    p, r, f = prf(np.array([1, 1]), np.array([0, 0]), zero_division=1.0)
    assert (p, r, f) == (1.0, 0.0, 0.0)  # F1 from the counts, not from P and R
