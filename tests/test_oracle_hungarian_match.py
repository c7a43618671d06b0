"""The hungarian_match reference against scipy.optimize.linear_sum_assignment (a test
dependency) and brute force over permutations; the judge's own check on wrong answers."""
import itertools

import numpy as np
from scipy.optimize import linear_sum_assignment

from cvdrill.judge import channel
from cvdrill.judge.run import load_problem, load_reference
from cvdrill.judge.spec import Case
from oracle_metrics import check_every_case

hungarian_match = load_reference("hungarian_match", "hungarian_match")
PROBLEM = load_problem("hungarian_match")


def scipy_lsa(cost):
    r, c = linear_sum_assignment(np.asarray(cost, np.float64))
    return r.astype(np.int64), c.astype(np.int64)


def brute(cost):
    n, m = cost.shape
    if n > m:
        return brute(cost.T)
    return min((sum(cost[i, j] for i, j in enumerate(p)) for p in itertools.permutations(range(m), n)), default=0.0)


def test_every_judged_case():
    check_every_case("hungarian_match", scipy_lsa)


def test_random_against_scipy_and_brute_force():
    rng = np.random.default_rng(11)
    for t in range(1500):
        n, m = (int(x) for x in rng.integers(0, 7, 2))
        cost = rng.integers(-3, 4, (n, m)).astype(np.float64) if t % 2 else rng.normal(0, 5, (n, m))
        r, c = hungarian_match(cost)
        assert r.dtype == c.dtype == np.int64 and len(r) == len(c) == min(n, m)
        assert (np.diff(r) > 0).all() and len(set(c.tolist())) == len(c)
        sr, sc = scipy_lsa(cost)
        assert abs(cost[r, c].sum() - cost[sr, sc].sum()) < 1e-9
        if n <= 6 and m <= 6:
            assert abs(cost[r, c].sum() - brute(cost)) < 1e-9
    for n, m in ((60, 60), (100, 37), (20, 90)):
        cost = rng.uniform(0, 1, (n, m))
        r, c = hungarian_match(cost)
        sr, sc = scipy_lsa(cost)
        assert abs(cost[r, c].sum() - cost[sr, sc].sum()) < 1e-9


def _msg(cost, rows, cols):
    c = Case("x", (np.asarray(cost, np.float64),))
    return PROBLEM.check(c, channel.to_wire(scipy_lsa(cost)), channel.to_wire((np.array(rows, np.int64), np.array(cols, np.int64))))


def test_check_messages():
    ties = np.array([[1.0, 2.0], [2.0, 3.0]])  # both assignments cost 4: both accepted
    assert _msg(ties, [0, 1], [0, 1]) is None
    assert _msg(ties, [0, 1], [1, 0]) is None
    cost = np.array([[1.0, 5.0], [5.0, 1.0]])
    assert _msg(cost, [0, 1], [1, 0]) == "total cost 10, the optimum is 2 (difference 8)"
    assert _msg(cost, [0, 0], [0, 1]) == "row 0 is matched twice"
    assert _msg(cost, [0, 1], [1, 1]) == "column 1 is matched twice"
    assert _msg(cost, [0, 1], [0, 2]) == "column index 2 is out of range [0, 2)"
    assert _msg(cost, [1, 0], [1, 0]).startswith("row_ind is not sorted")
    assert _msg(cost, [0], [0]) == "returned 1 pairs, expected min(N, M) = 2 for a [2,2] cost matrix"
    c = Case("x", (cost,))
    got = channel.to_wire((np.array([0, 1], np.int32), np.array([0, 1], np.int32)))
    assert PROBLEM.check(c, channel.to_wire(scipy_lsa(cost)), got) == "row_ind: returned dtype int32, expected int64"
