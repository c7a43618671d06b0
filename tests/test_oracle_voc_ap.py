"""The voc_ap reference against a slow obvious transcription of py-faster-rcnn's voc_ap and
against small curves computed by hand."""
import math

import numpy as np
import pytest

from cvdrill.judge.run import load_reference

voc_ap = load_reference("voc_ap", "voc_ap")


def slow_voc_ap(rec, prec, use_07_metric=False):
    """py-faster-rcnn's voc_ap, spelled out with Python lists and loops."""
    rec, prec = [float(r) for r in rec], [float(p) for p in prec]
    if use_07_metric:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):  # the same floats as the original
            reached = [p for r, p in zip(rec, prec) if r >= t]
            ap += (max(reached) if reached else 0.0) / 11.0
        return ap
    mrec = [0.0] + rec + [1.0]
    mpre = [0.0] + prec + [0.0]
    for i in range(len(mpre) - 1, 0, -1):
        mpre[i - 1] = max(mpre[i - 1], mpre[i])
    return sum((mrec[i + 1] - mrec[i]) * mpre[i + 1] for i in range(len(mrec) - 1) if mrec[i + 1] != mrec[i])


def curve(rng, n, npos):
    tp = np.minimum(np.cumsum(rng.uniform(size=n) < 0.5), npos).astype(np.float64)
    return tp / npos, tp / np.arange(1, n + 1)


@pytest.mark.parametrize("use_07", [False, True])
def test_against_slow_loop(use_07):
    rng = np.random.default_rng(0)
    for _ in range(300):
        n, npos = int(rng.integers(0, 60)), int(rng.integers(1, 20))
        rec, prec = curve(rng, n, npos)
        before = (rec.copy(), prec.copy())
        got = voc_ap(rec, prec, use_07)
        assert isinstance(got, float)
        assert math.isclose(got, slow_voc_ap(rec, prec, use_07), rel_tol=1e-12, abs_tol=1e-15)
        np.testing.assert_array_equal(rec, before[0])
        np.testing.assert_array_equal(prec, before[1])
    # Curves not made from detections: any non-decreasing recall, any precision.
    for _ in range(100):
        n = int(rng.integers(1, 30))
        rec = np.sort(rng.choice(np.linspace(0, 1, 11), n))
        prec = rng.uniform(0, 1, n)
        assert math.isclose(voc_ap(rec, prec, use_07), slow_voc_ap(rec, prec, use_07), rel_tol=1e-12, abs_tol=1e-15)


def test_empty():
    assert voc_ap(np.zeros(0), np.zeros(0)) == 0.0  # sentinels only: (1 - 0) * 0
    assert voc_ap(np.zeros(0), np.zeros(0), True) == 0.0


def test_by_hand():
    a = np.array
    # One correct detection: area 1 * 1; 11-point: eleven thresholds at precision 1.
    assert voc_ap(a([1.0]), a([1.0])) == 1.0
    assert math.isclose(voc_ap(a([1.0]), a([1.0]), True), 1.0)
    # TP then FP, 2 objects: rec [.5 .5], prec [1 .5].
    # All points: mrec [0 .5 .5 1], envelope [1 1 .5 0]: .5 * 1 + .5 * 0 = 0.5.
    assert math.isclose(voc_ap(a([0.5, 0.5]), a([1.0, 0.5])), 0.5)
    # 11-point: t = 0 .. 0.5 (6 thresholds) see precision 1, the other 5 see nothing: 6/11.
    assert math.isclose(voc_ap(a([0.5, 0.5]), a([1.0, 0.5]), True), 6 / 11)
    # TP FP TP TP FP TP, 4 objects: rec [.25 .25 .5 .75 .75 1], prec [1 .5 2/3 .75 .6 2/3].
    # Envelope of [0, prec, 0] from the right: [1 1 .75 .75 .75 2/3 2/3 0]; recall changes at
    # 0->.25 (p 1), .25->.5 (p .75), .5->.75 (p .75), .75->1 (p 2/3):
    # .25 * (1 + .75 + .75 + 2/3) = 0.791666...
    zr, zp = a([0.25, 0.25, 0.5, 0.75, 0.75, 1.0]), a([1.0, 0.5, 2 / 3, 0.75, 0.6, 2 / 3])
    assert math.isclose(voc_ap(zr, zp), 0.25 * (1 + 0.75 + 0.75 + 2 / 3))
    # 11-point: t = 0, .1, .2 -> 1; .3, .4, .5 -> max(2/3, .75, .6, 2/3) = .75 (rec >= .5 includes
    # .5, .75, 1); .6, .7 -> max(.75, .6, 2/3) = .75; .8, .9, 1 -> 2/3: (3 + 5 * .75 + 3 * 2/3) / 11.
    assert math.isclose(voc_ap(zr, zp, True), (3 + 5 * 0.75 + 3 * 2 / 3) / 11)
    # Without the envelope the dip at .5 would count: the reference must not give that.
    assert not math.isclose(voc_ap(zr, zp), 0.25 * (1 + 2 / 3 + 0.75 + 2 / 3))


def test_arange_thresholds():
    # TP TP TP FP FP TP TP TP, 10 objects: rec [.1 .2 .3 .3 .3 .4 .5 .6], prec [1 1 1 .75 .6 4/6 5/7 .75].
    tp = np.array([1, 2, 3, 3, 3, 4, 5, 6], np.float64)
    rec, prec = tp / 10, tp / np.arange(1, 9)
    assert rec[2] == 0.3 and np.arange(0.0, 1.1, 0.1)[3] == 0.30000000000000004
    # t = 0, .1, .2 -> 1; t = 0.30000000000000004 misses rec 0.3: max(4/6, 5/7, .75) = .75;
    # t = .4, .5 -> .75; t = 0.6000000000000001 misses rec 0.6 -> 0; the rest 0: (3 + 3 * .75) / 11.
    assert math.isclose(voc_ap(rec, prec, True), (3 + 3 * 0.75) / 11)
    # Thresholds k / 10 are exactly 0.3 and 0.6 (np.linspace(0, 1, 11) gives np.arange's floats):
    # then t = .3 sees precision 1 and t = .6 sees .75: (3 + 1 + 3 * .75) / 11, another answer.
    assert np.linspace(0, 1, 11)[3] == 0.30000000000000004 and 3 / 10 == 0.3
    assert not math.isclose(voc_ap(rec, prec, True), (3 + 1 + 3 * 0.75) / 11)
    # All points: .1 * (1 + 1 + 1) + .1 * (.75 + .75 + .75) = 0.525.
    assert math.isclose(voc_ap(rec, prec), 0.525)


def test_recall_never_reaching_high_thresholds():
    rec, prec = np.array([0.15, 0.3, 0.45]), np.array([1.0, 1.0, 0.75])
    # t = 0, .1 -> 1; 0.2 -> 1 (rec .3 >= .2); 0.30000000000000004 -> .75 (only .45); .4 -> .75; rest 0.
    assert math.isclose(voc_ap(rec, prec, True), (3 + 2 * 0.75) / 11)


def test_no_judged_case_depends_on_the_thresholds_last_bit():
    """np.arange(0.0, 1.1, 0.1) and k / 10 differ at 0.3, 0.6 and 0.7; no judged recall sits
    there, so both spellings of the 11 levels give the reference's answer on every case."""
    from cvdrill.judge.run import case_rng, load_problem

    def tenths(rec, prec):
        return sum((prec[rec >= k / 10].max() if (rec >= k / 10).any() else 0.0) for k in range(11)) / 11

    cases = [c for seed in (2026, 0, 1, 12345) for c in load_problem("voc_ap").cases(case_rng(seed, "voc_ap"))]
    assert len(cases) > 80
    for case in cases:
        rec, prec = case.args[0], case.args[1]
        assert not np.isin(rec, [0.3, 0.6, 0.7, 0.30000000000000004, 0.6000000000000001, 0.7000000000000001]).any(), case.name
        assert math.isclose(slow_voc_ap(rec, prec, True), tenths(rec, prec), rel_tol=1e-12, abs_tol=1e-15), case.name
    # and the check can fail: a recall of exactly 3/10 tells the two apart
    rec, prec = np.array([0.1, 0.3, 0.5]), np.array([1.0, 1.0, 0.5])
    assert not math.isclose(slow_voc_ap(rec, prec, True), tenths(rec, prec))
