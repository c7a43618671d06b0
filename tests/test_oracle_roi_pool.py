"""The roi_pool reference against torchvision's kernel (every roi_pool golden case, exactly)
and against a slow, obvious loop over rois, bins and pixels (every judged case, exactly)."""
import math
from fractions import Fraction

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference
from oracle_detection import det_golden, golden_cases  # noqa: F401

roi_pool = load_reference("roi_pool", "roi_pool")


def c_round(v) -> int:
    """C's round(), exactly: halves away from zero."""
    f = Fraction(float(v))
    r = math.floor(abs(f) + Fraction(1, 2))
    return r if f >= 0 else -r


def slow_roi_pool(x, boxes, output_size, spatial_scale=1.0):
    dt = x.dtype.type
    n, c, h, w = x.shape
    ph_n, pw_n = output_size if isinstance(output_size, tuple) else (output_size, output_size)
    out = np.zeros((len(boxes), c, ph_n, pw_n), x.dtype)
    for k, (bi, x1, y1, x2, y2) in enumerate(boxes):
        sx, sy, ex, ey = (c_round(dt(v) * dt(spatial_scale)) for v in (x1, y1, x2, y2))
        rw, rh = max(ex - sx + 1, 1), max(ey - sy + 1, 1)
        bh, bw = dt(rh) / dt(ph_n), dt(rw) / dt(pw_n)
        for ph in range(ph_n):
            h0 = min(max(int(math.floor(dt(ph) * bh)) + sy, 0), h)
            h1 = min(max(int(math.ceil(dt(ph + 1) * bh)) + sy, 0), h)
            for pw in range(pw_n):
                w0 = min(max(int(math.floor(dt(pw) * bw)) + sx, 0), w)
                w1 = min(max(int(math.ceil(dt(pw + 1) * bw)) + sx, 0), w)
                for ch in range(c):
                    vals = [x[int(bi), ch, i, j] for i in range(h0, h1) for j in range(w0, w1)]
                    out[k, ch, ph, pw] = max(vals) if vals else 0
    return out


def run(x, boxes, *args):
    y = roi_pool(torch.from_numpy(x), torch.from_numpy(boxes), *args)
    assert y.dtype == torch.from_numpy(x).dtype
    return y.numpy()


def test_against_torchvision(det_golden):
    cases = golden_cases(det_golden, "roi_pool")
    assert len(cases) >= 20
    for name, c in cases.items():
        args = (c["input"], c["boxes"], tuple(int(v) for v in c["output_size"]), float(c["spatial_scale"]))
        np.testing.assert_array_equal(run(*args), c["out"], err_msg=f"golden roi_pool/{name}")
        np.testing.assert_array_equal(slow_roi_pool(*args), c["out"], err_msg=f"slow loop, golden roi_pool/{name}")


def test_every_judged_case_against_slow_loop():
    for case in load_problem("roi_pool").cases(case_rng(2026, "roi_pool")):
        x, boxes, osz = case.args
        osz = tuple(osz) if isinstance(osz, (tuple, list)) else osz
        got = run(x, boxes, osz, *case.kwargs.values())
        np.testing.assert_array_equal(got, slow_roi_pool(x, boxes, osz, **case.kwargs), err_msg=case.name)


def test_rounding_and_float_bins():
    a = np.arange(400, dtype=np.float32).reshape(1, 1, 20, 20)
    # 2.5 -> 3 and 5.5 -> 6: rows and columns 3..6, two bins of 2
    assert run(np.arange(100, dtype=np.float32).reshape(1, 1, 10, 10), np.array([[0, 2.5, 2.5, 5.5, 5.5]], np.float32), 2).ravel().tolist() == [44, 46, 64, 66]
    # 14 px in 13 bins: float32 reaches row 14 in the last bin, float64 stops at 13
    b = np.array([[0, 0, 0, 13, 13]])
    assert run(a, b.astype(np.float32), 13)[0, 0, -1, -1] == 14 * 20 + 14
    assert run(a.astype(np.float64), b.astype(np.float64), 13)[0, 0, -1, -1] == 13 * 20 + 13
    # the judged float64 case: 29 px in 11 bins, float32 reaches row 29, float64 stops at 28
    a32 = np.arange(32 * 32, dtype=np.float32).reshape(1, 1, 32, 32)
    b = np.array([[0, 0, 0, 28, 28]])
    assert run(a32, b.astype(np.float32), 11)[0, 0, -1, -1] == 29 * 32 + 29
    assert run(a32.astype(np.float64), b.astype(np.float64), 11)[0, 0, -1, -1] == 28 * 32 + 28


def _bins(rows, bins, dtype, reciprocal):
    size = dtype(rows) * (dtype(1) / dtype(bins)) if reciprocal else dtype(rows) / dtype(bins)
    return [(int(np.floor(dtype(k) * size)), int(np.ceil(dtype(k + 1) * size))) for k in range(bins)]


def test_float_bin_cases_hold_on_cuda_too():
    """On CUDA, torch divides a tensor by a Python number as a multiplication by its
    reciprocal (the CPU divides): the judge accepts those bins there (see the next test), so the
    two dtype cases must not sit where the two divisions differ, or they would test that
    leniency rather than the dtype. 14 / 13 in float64 does (which is why the float64 case has
    29 rows in 11 bins); the float32 case does not."""
    assert _bins(14, 13, np.float64, True) != _bins(14, 13, np.float64, False)
    assert _bins(14, 13, np.float32, True) == _bins(14, 13, np.float32, False)
    assert _bins(29, 11, np.float64, True) == _bins(29, 11, np.float64, False)
    assert _bins(29, 11, np.float32, True) == _bins(29, 11, np.float32, False) != _bins(29, 11, np.float64, False)
    names = [c.name for c in load_problem("roi_pool").cases(case_rng(2026, "roi_pool"))]
    assert any("29 rows in 11 bins" in n for n in names) and any("14 rows in 13 bins" in n for n in names)


def test_on_cuda_the_bins_of_a_reciprocal_division_are_accepted_too():
    """7 rows in 3 bins, float32: 3 * (7 * (1 / 3)) = 7.0000005, so with `length / 3` on CUDA
    the last bin reaches one row further than torchvision's. Accepted on CUDA only (the
    expected answer's device says where the case ran), only that rounding, and only against the
    reference: a known mistake is still matched exactly."""
    from cvdrill.judge.channel import WireTensor, to_wire
    from cvdrill.judge.run import _against_reference
    from cvdrill.judge.spec import Case
    from cvdrill.judge.worker import prepare
    from cvdrill.problems.roi_pool import PROBLEM, roi_pool_with

    x = np.arange(100, dtype=np.float32).reshape(1, 1, 10, 10)
    case = Case("7 rows in 3 bins", (x, np.array([[0, 0, 0, 6, 6]], np.float32), 3))
    args, kwargs = prepare({"args": case.args, "kwargs": case.kwargs}, "torch", "cpu")
    want = to_wire(torch.from_numpy(run(*case.args)))
    recip = to_wire(roi_pool_with(*args, **kwargs, reciprocal=True))
    wrong = to_wire(roi_pool_with(*args, **kwargs, plus=0))
    assert not np.array_equal(want.array, recip.array)  # the edge is hit
    on = lambda w, d: WireTensor(w.array, d, w.requires_grad)  # noqa: E731
    right = lambda w, g, d: _against_reference(PROBLEM, case, w, g, d)  # noqa: E731
    assert right(want, recip, "cpu") is not None  # on the CPU: torchvision's bins only
    assert right(on(want, "cuda:0"), on(recip, "cuda:0"), "cuda") is None
    assert right(on(want, "cuda:0"), on(wrong, "cuda:0"), "cuda") is not None
    assert right(on(want, "cuda:0"), on(recip, "cpu"), "cuda") is not None  # the device still counts
    assert PROBLEM.check(case, on(want, "cuda:0"), on(recip, "cuda:0")) is not None  # check itself: exact
