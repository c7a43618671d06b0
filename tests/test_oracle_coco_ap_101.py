"""The coco_ap_101 reference against pycocotools' accumulate()/summarize() transcribed
for one class, one area range and one maxDets (dtm / dtIg / gtIg arrays as COCOeval
builds them), and against hand-computed cases."""
import numpy as np

from cvdrill.judge.run import case_rng, load_problem, load_reference

coco_ap_101 = load_reference("coco_ap_101", "coco_ap_101")


class Params:
    # pycocotools Params.setDetParams (the comment there: "np.arange causes trouble")
    recThrs = np.linspace(.0, 1.00, int(np.round((1.00 - .0) / .01)) + 1, endpoint=True)


def pycocotools_ap(tp, scores, npos):
    """COCOeval.accumulate for T = K = A = M = 1 (the images' evalImgs already
    concatenated), then summarize's mean over precision > -1."""
    p = Params()
    R = len(p.recThrs)
    precision = -np.ones((1, R))
    dtScores = np.asarray(scores, np.float64)
    inds = np.argsort(-dtScores, kind='mergesort')
    dtm = np.asarray(tp, bool)[None, :][:, inds].astype(np.float64)  # matched gt id, 0 if none
    dtIg = np.zeros_like(dtm, bool)
    gtIg = np.zeros(int(npos), bool)
    npig = np.count_nonzero(gtIg == 0)
    if npig != 0:
        tps = np.logical_and(dtm, np.logical_not(dtIg))
        fps = np.logical_and(np.logical_not(dtm), np.logical_not(dtIg))
        tp_sum = np.cumsum(tps, axis=1).astype(dtype=float)
        fp_sum = np.cumsum(fps, axis=1).astype(dtype=float)
        for t, (tp_, fp_) in enumerate(zip(tp_sum, fp_sum)):
            tp_ = np.array(tp_)
            fp_ = np.array(fp_)
            nd = len(tp_)
            rc = tp_ / npig
            pr = tp_ / (fp_ + tp_ + np.spacing(1))
            q = np.zeros((R,))
            pr = pr.tolist()
            q = q.tolist()
            for i in range(nd - 1, 0, -1):
                if pr[i] > pr[i - 1]:
                    pr[i - 1] = pr[i]
            inds_ = np.searchsorted(rc, p.recThrs, side='left')
            try:
                for ri, pi in enumerate(inds_):
                    q[ri] = pr[pi]
            except Exception:
                pass
            precision[t, :] = np.array(q)
    s = precision
    mean_s = -1 if len(s[s > -1]) == 0 else np.mean(s[s > -1])
    return float(mean_s), precision[0]


def same(got, want, name=""):
    assert isinstance(got[0], float), name
    assert got[1].dtype == np.float64 and got[1].shape == (101,), name
    np.testing.assert_allclose(got[1], want[1], rtol=1e-12, atol=0, err_msg=name)
    np.testing.assert_allclose(got[0], want[0], rtol=1e-12, atol=0, err_msg=name)


def test_judge_cases_against_pycocotools_transcription():
    for case in load_problem("coco_ap_101").cases(case_rng(2026, "coco_ap_101")):
        same(coco_ap_101(*case.args), pycocotools_ap(*case.args), case.name)


def test_many_random_against_pycocotools_transcription():
    rng = np.random.default_rng(3)
    for k in range(200):
        d = int(rng.integers(0, 60))
        tp = rng.uniform(size=d) < rng.uniform()
        npos = int(tp.sum() + rng.integers(0, 5))
        scores = np.round(rng.uniform(size=d), int(rng.integers(1, 4)))  # ties
        same(coco_ap_101(tp, scores, npos), pycocotools_ap(tp, scores, npos), f"#{k}")


def test_hand_computed():
    # sorted: TP, FP, TP; npos = 4 -> rc .25 .25 .5, pr 1 .5 .667 -> envelope 1 .667 .667
    ap, q = coco_ap_101(np.array([True, False, True]), np.array([0.9, 0.8, 0.7]), 4)
    want = np.zeros(101)
    want[:26] = 1.0           # r = 0 .. 0.25: first rc >= r is index 0
    want[26:51] = 2 / 3       # r = 0.26 .. 0.5: index 2
    np.testing.assert_allclose(q, want, rtol=1e-12)
    assert abs(ap - (26 + 25 * 2 / 3) / 101) < 1e-12
    # recall exactly 0.7 with npos = 10: thresholds up to 0.69 only (linspace's 0.7000000000000001 > 0.7)
    ap, q = coco_ap_101(np.array([True] * 7), np.linspace(1, 0.5, 7), 10)
    assert (q[:70] > 0.99).all() and (q[70:] == 0).all()
    for tp, s in ((np.array([True]), np.array([0.3])), (np.zeros(0, bool), np.zeros(0))):
        ap, q = coco_ap_101(tp, s, 0)  # npos = 0: absent, -1 as pycocotools
        assert ap == -1.0 and (q == -1).all()
    assert coco_ap_101(np.zeros(0, bool), np.zeros(0), 5)[0] == 0.0


def test_no_judged_case_depends_on_the_thresholds_last_bit(monkeypatch):
    """np.linspace(0, 1, 101) and k / 100 differ at ten thresholds; no judged recall sits on
    one of them, so both spellings give the same precisions on every case."""
    hundredths = np.arange(101) / 100
    differ = Params.recThrs != hundredths
    assert differ.sum() == 10
    cases = [c for seed in (2026, 0, 1, 12345) for c in load_problem("coco_ap_101").cases(case_rng(seed, "coco_ap_101"))]
    want = [pycocotools_ap(*c.args) for c in cases]
    # a probe the check must catch: 7 hits of npos = 20 is recall 0.35, on a threshold that differs
    probe = (np.array([True] * 7 + [False] * 3), np.linspace(0.9, 0.1, 10), 20)
    probe_want = pycocotools_ap(*probe)
    monkeypatch.setattr(Params, "recThrs", hundredths)
    for case, w in zip(cases, want):
        tp, scores, npos = case.args
        if npos:
            rc = np.cumsum(np.asarray(tp)[np.argsort(-scores, kind="mergesort")]) / npos
            assert not np.isin(rc, np.concatenate([hundredths[differ], Params.recThrs[differ]])).any(), case.name
        np.testing.assert_array_equal(pycocotools_ap(*case.args)[1], w[1], err_msg=case.name)
    assert not np.array_equal(pycocotools_ap(*probe)[1], probe_want[1])
