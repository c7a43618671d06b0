"""The patch_embed reference against F.conv2d(kernel = stride = P) + flatten(2).transpose(1, 2)
on every judged case and a grid of shapes, and against a loop over patches written here."""
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference

SLUG = "patch_embed"
patch_embed = load_reference(SLUG, SLUG)
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def _t(a, device="cpu"):
    return torch.from_numpy(np.array(a)).to(device) if isinstance(a, np.ndarray) else a


def conv_answer(images, weight, bias, patch_size):
    return F.conv2d(images, weight, bias, stride=patch_size).flatten(2).transpose(1, 2)


def test_every_judged_case_against_conv2d():
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert len(cases) >= 12
    for device in DEVICES:
        for c in cases:
            got = channel.to_wire(problem.run(patch_embed, tuple(_t(a, device) for a in c.args), {}).cpu())
            exp = channel.to_wire(conv_answer(*(_t(a) for a in c.args)).contiguous())
            assert problem.check(c, exp, got) is None, f"{c.name} on {device}: {problem.check(c, exp, got)}"


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_grid_of_shapes(dtype):
    g = torch.Generator().manual_seed(0)
    tol = dict(rtol=1e-5, atol=1e-5) if dtype == torch.float32 else dict(rtol=1e-12, atol=1e-12)
    for B, C, h, w, P, D in [(1, 1, 1, 1, 1, 1), (2, 3, 2, 3, 2, 4), (3, 2, 4, 1, 5, 3), (1, 4, 3, 3, 4, 8),
                             (2, 3, 1, 5, 3, 2)]:
        x = torch.randn(B, C, h * P, w * P, generator=g, dtype=dtype)
        wt = torch.randn(D, C, P, P, generator=g, dtype=dtype)
        b = torch.randn(D, generator=g, dtype=dtype)
        torch.testing.assert_close(patch_embed(x, wt, b, P), conv_answer(x, wt, b, P), **tol)
        torch.testing.assert_close(patch_embed(x, wt, None, P), conv_answer(x, wt, None, P), **tol)


def test_against_slow_loop():
    rng = np.random.default_rng(2)
    B, C, H, W, D, P = 2, 3, 6, 9, 4, 3
    x, wt, b = rng.normal(size=(B, C, H, W)), rng.normal(size=(D, C, P, P)), rng.normal(size=D)
    out = np.zeros((B, (H // P) * (W // P), D))
    for n in range(B):
        for i in range(H // P):
            for j in range(W // P):
                for d in range(D):
                    out[n, i * (W // P) + j, d] = b[d] + sum(
                        x[n, c, i * P + u, j * P + v] * wt[d, c, u, v]
                        for c in range(C) for u in range(P) for v in range(P))
    got = patch_embed(torch.from_numpy(x), torch.from_numpy(wt), torch.from_numpy(b), P).numpy()
    np.testing.assert_allclose(got, out, rtol=1e-12, atol=1e-12)
