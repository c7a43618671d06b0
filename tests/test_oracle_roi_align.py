"""The roi_align reference against torchvision's kernel (every roi_align golden case: value and
input gradient) and against a slow, obvious loop over rois, bins and samples written from the
kernel's formulas (every judged case, value and gradient)."""
import math

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _activation as A
from oracle_detection import det_golden, golden_cases, tol  # noqa: F401

roi_align = load_reference("roi_align", "roi_align")


def slow_roi_align(x, boxes, output_size, spatial_scale=1.0, sampling_ratio=-1, aligned=False, grad_out=None):
    """One sample at a time, in the input's dtype (numpy scalars), as the C++ kernel; returns
    (output, input gradient for grad_out)."""
    dt = x.dtype.type
    n, c, h, w = x.shape
    ph_n, pw_n = output_size if isinstance(output_size, tuple) else (output_size, output_size)
    out = np.zeros((len(boxes), c, ph_n, pw_n), x.dtype)
    grad = np.zeros(x.shape, np.float64)
    off = dt(0.5 if aligned else 0.0)
    for k, (bi, x1, y1, x2, y2) in enumerate(boxes):
        b = int(bi)
        sw, sh = dt(x1) * dt(spatial_scale) - off, dt(y1) * dt(spatial_scale) - off
        ew, eh = dt(x2) * dt(spatial_scale) - off, dt(y2) * dt(spatial_scale) - off
        rw, rh = ew - sw, eh - sh
        if not aligned:
            rw, rh = max(rw, dt(1)), max(rh, dt(1))
        bh, bw = rh / dt(ph_n), rw / dt(pw_n)
        gy = sampling_ratio if sampling_ratio > 0 else int(math.ceil(rh / dt(ph_n)))
        gx = sampling_ratio if sampling_ratio > 0 else int(math.ceil(rw / dt(pw_n)))
        count = max(gy * gx, 1)
        for ph in range(ph_n):
            for pw in range(pw_n):
                acc = np.zeros(c, np.float64)
                for iy in range(max(gy, 0)):
                    y = sh + dt(ph) * bh + dt(iy + 0.5) * bh / dt(gy)
                    for ix in range(max(gx, 0)):
                        xx = sw + dt(pw) * bw + dt(ix + 0.5) * bw / dt(gx)
                        if y < -1.0 or y > h or xx < -1.0 or xx > w:
                            continue
                        yy, xc = max(y, dt(0)), max(xx, dt(0))
                        yl, xl = int(yy), int(xc)
                        if yl >= h - 1:
                            yl = yh = h - 1
                            yy = dt(yl)
                        else:
                            yh = yl + 1
                        if xl >= w - 1:
                            xl = xh = w - 1
                            xc = dt(xl)
                        else:
                            xh = xl + 1
                        ly, lx = float(yy) - yl, float(xc) - xl
                        for (py, px, wt) in ((yl, xl, (1 - ly) * (1 - lx)), (yl, xh, (1 - ly) * lx),
                                             (yh, xl, ly * (1 - lx)), (yh, xh, ly * lx)):
                            acc += wt * x[b, :, py, px]
                            if grad_out is not None:
                                grad[b, :, py, px] += wt * grad_out[k, :, ph, pw] / count
                out[k, :, ph, pw] = acc / count
    return out, grad.astype(x.dtype)


def run(x, boxes, *args, grad_out=None, **kw):
    xt = torch.from_numpy(x).requires_grad_(True)
    y = roi_align(xt, torch.from_numpy(boxes), *args, **kw)
    assert y.dtype == xt.dtype
    if y.numel():
        y.backward(torch.from_numpy(grad_out) if grad_out is not None else A.upstream(y))
    return y.detach().numpy(), (xt.grad.numpy() if xt.grad is not None else np.zeros_like(x))


def test_against_torchvision(det_golden):
    cases = golden_cases(det_golden, "roi_align")
    assert len(cases) >= 20
    for name, c in cases.items():
        out, grad = run(c["input"], c["boxes"], tuple(int(v) for v in c["output_size"]), float(c["spatial_scale"]),
                        int(c["sampling_ratio"]), bool(c["aligned"]), grad_out=c["grad_output"])
        assert out.shape == c["out"].shape, name
        np.testing.assert_allclose(out, c["out"], **tol(c["input"].dtype), err_msg=f"golden roi_align/{name} value")
        np.testing.assert_allclose(grad, c["grad"], **tol(c["input"].dtype), err_msg=f"golden roi_align/{name} grad")


def test_slow_loop_against_torchvision(det_golden):
    # the loop below is itself an oracle: it must agree with torchvision first
    for name, c in list(golden_cases(det_golden, "roi_align").items())[:12]:
        out, grad = slow_roi_align(c["input"], c["boxes"], tuple(int(v) for v in c["output_size"]),
                                   float(c["spatial_scale"]), int(c["sampling_ratio"]), bool(c["aligned"]),
                                   grad_out=c["grad_output"])
        np.testing.assert_allclose(out, c["out"], **tol(c["input"].dtype), err_msg=name)
        np.testing.assert_allclose(grad, c["grad"], **tol(c["input"].dtype), err_msg=name)


def test_every_judged_case_against_slow_loop():
    problem = load_problem("roi_align")
    for case in problem.cases(case_rng(2026, "roi_align")):
        x, boxes, osz = case.args
        osz = tuple(osz) if isinstance(osz, (tuple, list)) else osz
        y, g = problem.run(roi_align, (torch.from_numpy(x), torch.from_numpy(boxes), osz), dict(case.kwargs))
        up = A.upstream(y).numpy() if y.numel() else None
        want, want_g = slow_roi_align(x, boxes, osz, grad_out=up, **case.kwargs)
        assert y.shape == want.shape and y.dtype == torch.from_numpy(x).dtype, case.name
        np.testing.assert_allclose(y.numpy(), want, **tol(x.dtype), err_msg=case.name)
        if y.numel():
            np.testing.assert_allclose(g.numpy(), want_g, **tol(x.dtype), err_msg=case.name)


def test_plane_is_exact():
    # bilinear sampling of 10 y + x inside the image is exact: bin centres of the roi
    ramp = (10.0 * np.arange(6)[:, None] + np.arange(8)[None, :])[None, None]
    out, _ = run(ramp, np.array([[0, 1.0, 1.0, 5.0, 3.0]]), 2, 1.0, 2, False)
    # bins 2 px wide, 1 px tall: centres x = 2, 4 and y = 1.5, 2.5
    np.testing.assert_allclose(out[0, 0], [[17.0, 19.0], [27.0, 29.0]], rtol=1e-14)
    out, _ = run(ramp, np.array([[0, 1.0, 1.0, 5.0, 3.0]]), 2, 1.0, 2, True)
    np.testing.assert_allclose(out[0, 0], [[11.5, 13.5], [21.5, 23.5]], rtol=1e-14)


def test_empty_and_outside():
    x = np.random.default_rng(0).normal(size=(1, 2, 4, 4))
    assert run(x, np.zeros((0, 5)), (2, 3))[0].shape == (0, 2, 2, 3)
    out, _ = run(x, np.array([[0, 7.0, 7.0, 9.0, 9.0]]), 2)
    assert (out == 0).all()
