"""The affine_warp reference against F.grid_sample(F.affine_grid(...)) itself: value and the
gradient w.r.t. input, on every judged case and on a sweep of sizes, both align_corners."""
import itertools
import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _activation as A

affine_warp = load_reference("affine_warp", "affine_warp")
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def torch_warp(x, theta, align_corners=False):
    grid = F.affine_grid(theta, list(x.shape), align_corners=align_corners)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=align_corners)


def value_and_grad(fn, x, theta, **kw):
    x = x.detach().clone().requires_grad_(True)
    y = fn(x, theta, **kw)
    y.backward(A.upstream(y))
    return y.detach(), x.grad


@pytest.mark.filterwarnings("ignore:Since version 1.3.0, affine_grid")
def test_every_judged_case():
    problem = load_problem("affine_warp")
    cases = list(problem.cases(case_rng(2026, "affine_warp")))
    assert cases
    for device in DEVICES:
        for c in cases:
            args = [torch.from_numpy(a).to(device) if isinstance(a, np.ndarray) else a for a in c.args]
            exp = channel.to_wire(value_and_grad(torch_warp, *args, **c.kwargs))
            got = channel.to_wire(problem.run(affine_warp, tuple(args), dict(c.kwargs)))
            assert problem.check(c, exp, got) is None, f"{c.name} on {device}"


@pytest.mark.filterwarnings("ignore:Since version 1.3.0, affine_grid")
@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("align_corners", [False, True])
def test_sweep(device, dtype, align_corners):
    g = torch.Generator().manual_seed(7 + 2 * align_corners + (dtype == torch.float64))
    for (h, w), k in itertools.product([(1, 1), (1, 6), (6, 1), (2, 3), (7, 9), (16, 16), (13, 31)], range(3)):
        x = torch.randn(2, 3, h, w, generator=g, dtype=dtype).to(device)
        a = torch.rand(2, generator=g, dtype=torch.float64) * 2 * math.pi
        s = 0.5 + torch.rand(2, generator=g, dtype=torch.float64)
        t = torch.rand(2, 2, generator=g, dtype=torch.float64) - 0.5
        theta = torch.stack([torch.stack([s * a.cos(), -s * a.sin(), t[:, 0]], 1),
                             torch.stack([s * a.sin(), s * a.cos(), t[:, 1]], 1)], 1).to(dtype).to(device)
        before = x.clone()
        ye, ge = value_and_grad(torch_warp, x, theta, align_corners=align_corners)
        yg, gg = value_and_grad(affine_warp, x, theta, align_corners=align_corners)
        assert yg.dtype == dtype and yg.device == x.device and yg.shape == x.shape
        tol = 1e-4 if dtype == torch.float32 else 1e-10
        torch.testing.assert_close(yg, ye, rtol=tol, atol=tol)
        torch.testing.assert_close(gg, ge, rtol=tol, atol=tol)
        assert torch.equal(x, before)


def test_known_values():
    x = torch.arange(20.0, dtype=torch.float64).reshape(1, 1, 4, 5)
    eye = torch.tensor([[[1.0, 0, 0], [0, 1, 0]]], dtype=torch.float64)
    for ac in (False, True):
        torch.testing.assert_close(affine_warp(x, eye, ac), x, rtol=0, atol=1e-12)
        flip = -eye
        torch.testing.assert_close(affine_warp(x, flip, ac), x.flip(-1).flip(-2), rtol=0, atol=1e-12)
    # one pixel to the right: tx = 2 / W (align_corners=False), 2 / (W - 1) (True); the last column is 0
    for ac, tx in ((False, 2 / 5), (True, 2 / 4)):
        shift = torch.tensor([[[1.0, 0, tx], [0, 1, 0]]], dtype=torch.float64)
        want = torch.cat([x[..., 1:], torch.zeros_like(x[..., :1])], -1)
        torch.testing.assert_close(affine_warp(x, shift, ac), want, rtol=0, atol=1e-12)
