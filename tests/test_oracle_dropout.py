"""The dropout reference and the statistical judge against torch.nn.functional.dropout:
the judge's check accepts torch's own dropout on every case (so it tests nothing torch
does not do), the reference matches torch exactly where dropout is deterministic, and
the Chernoff bounds the check uses are valid (scipy's exact binomial tails)."""
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from scipy.stats import binom

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems.dropout import DELTA, binom_bounds

dropout = load_reference("dropout", "dropout")
PROBLEM = load_problem("dropout")
CASES = list(PROBLEM.cases(case_rng(2026, "dropout")))


def judged(fn, case):
    args = tuple(torch.from_numpy(a.copy()) if isinstance(a, np.ndarray) else a for a in case.args)
    value = channel.decode(channel.encode(PROBLEM.run(fn, args, dict(case.kwargs))))
    return PROBLEM.check(case, value, value)


def torch_dropout(x, p, training=True):
    return F.dropout(x, p, training)


@pytest.mark.parametrize("fn", [torch_dropout, dropout], ids=["F.dropout", "reference"])
def test_check_accepts(fn):
    for _ in range(3):
        for c in CASES:
            assert judged(fn, c) is None, c.name


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_deterministic_cases_equal_torch(dtype):
    x = torch.randn(7, 9, dtype=dtype)
    for p, training in ((0.0, True), (1.0, True), (0.5, False), (1.0, False)):
        assert torch.equal(dropout(x, p, training), F.dropout(x, p, training))
    assert dropout(torch.zeros(0, 3, dtype=dtype), 0.5).shape == (0, 3)


@pytest.mark.parametrize("p", [0.1, 0.5, 0.9])
def test_same_law_as_torch(p):
    x = torch.rand(1_000_000, dtype=torch.float64) + 0.5
    ours, theirs = dropout(x, p), F.dropout(x, p)
    lo, hi = binom_bounds(x.numel(), p)
    for out in (ours, theirs):
        kept = out != 0
        assert lo <= 1 - kept.double().mean().item() <= hi
        torch.testing.assert_close(out[kept], x[kept] / (1 - p), rtol=1e-12, atol=0)


@pytest.mark.parametrize("n", [500, 1000, 50_000, 200_000])
@pytest.mark.parametrize("p", [0.0025, 0.05, 0.3, 0.5, 0.8, 0.95])
def test_chernoff_bounds_hold(n, p):
    lo, hi = binom_bounds(n, p)
    assert lo <= p <= hi
    # the exact probability that a correct dropout's fraction falls outside [lo, hi]
    k_lo = math.ceil(lo * n - 1e-9)  # smallest accepted count
    k_hi = math.floor(hi * n + 1e-9)  # largest accepted count
    outside = binom.cdf(k_lo - 1, n, p) + binom.sf(k_hi, n, p)
    assert outside <= DELTA
    # and not uselessly wide: within 8 standard deviations on large inputs
    if n * p * (1 - p) > 1000:
        assert hi - lo < 16 * math.sqrt(p * (1 - p) / n)


def _crafted(case, first):
    """check() on a hand-made first output (numpy) and a correct second call."""
    x = torch.from_numpy(case.args[0].copy())
    p = case.args[1]
    second = dropout(x.clone(), p)
    wire = channel.decode(channel.encode((torch.from_numpy(first), second)))
    return PROBLEM.check(case, wire, wire)


def test_check_catches_one_zero_row():
    case = next(c for c in CASES if c.name.startswith("p=0.3 on [400,500]"))
    x = torch.from_numpy(case.args[0].copy())
    out = dropout(x.clone(), 0.3).numpy().copy()
    assert _crafted(case, out) is None
    out[123] = 0  # one whole row dropped: too few to move the totals, seen by the row test
    assert "row 123" in _crafted(case, out)


def test_check_catches_value_dependent_drops():
    # exactly a fraction p dropped, positions look random, but the largest values go first:
    # only the mean shows it
    case = next(c for c in CASES if c.name.startswith("p=0.1 on 200000"))
    x = case.args[0]
    keep = np.ones(x.size, bool)
    rng = np.random.default_rng(5)
    big = np.flatnonzero(x > np.quantile(x, 0.7))
    keep[rng.choice(big, int(0.1 * x.size), replace=False)] = False
    msg = _crafted(case, np.where(keep, x / 0.9, 0).astype(x.dtype))
    assert msg and "mean" in msg
