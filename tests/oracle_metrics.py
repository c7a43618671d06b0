"""Shared by the metrics oracle tests (kmeans_anchors, hungarian_match, miou,
precision_recall_f1, roc_auc): run the reference as the judge runs it on every judged case
and let the problem's own check compare it with an independent oracle's answer."""
from pathlib import Path

import numpy as np
import pytest

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference


def check_every_case(slug, oracle, seeds=(2026, 7)):
    """oracle(*args, **kwargs) -> the answer the judge should expect; the reference must pass
    the problem's check against it on every case (two seeds: the random cases differ)."""
    problem = load_problem(slug)
    ref = load_reference(slug, problem.entry)
    n = 0
    for seed in seeds:
        for c in problem.cases(case_rng(seed, slug)):
            exp = channel.to_wire(oracle(*c.args, **c.kwargs))
            got = channel.to_wire(problem.run(ref, c.args, dict(c.kwargs)))
            msg = problem.check(c, exp, got)
            assert msg is None, f"{c.name} (seed {seed}): {msg}"
            n += 1
    assert n > 10


GOLDEN = Path(__file__).resolve().parent / "fixtures" / "metrics_golden.npz"


def metrics_golden(op: str) -> dict[str, dict]:
    """scikit-learn 1.9.1's answers (tests/fixtures/make_metrics_golden.py), case -> fields.
    A missing file fails the test: never a silent skip."""
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: regenerate it with tests/fixtures/make_metrics_golden.py")
    data = np.load(GOLDEN)  # allow_pickle stays False
    out: dict[str, dict] = {}
    for key in data.files:
        o, case, fld = key.split("/")
        if o == op:
            out.setdefault(case, {})[fld] = data[key]
    assert out, f"no {op} cases in {GOLDEN}"
    return out
