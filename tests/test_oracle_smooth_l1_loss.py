"""The smooth_l1_loss reference against torch.nn.functional.smooth_l1_loss: value and
autograd gradient, including beta = 0, |d| == beta, d = 0 and empty inputs."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

smooth_l1_loss = load_reference("smooth_l1_loss", "smooth_l1_loss")


def both(fn, x, y, beta, reduction, w):
    a = x.clone().requires_grad_(True)
    out = fn(a, y, beta=beta, reduction=reduction)
    out.backward(w if out.dim() else None)
    return out.detach(), a.grad


@pytest.mark.parametrize("beta", [0.0, 1 / 9, 0.5, 1.0, 3.0])
@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_torch(beta, reduction, dtype):
    g = torch.Generator().manual_seed(0)
    for shape in [(0,), (1,), (9,), (4, 3, 6, 6), (0, 4), ()]:
        x = torch.randn(shape, generator=g, dtype=dtype) * 2
        y = torch.randn(shape, generator=g, dtype=dtype) * 2
        if x.dim() and x.shape[0] > 0:
            n = max(1, x.shape[0] // 3)
            y[:n] = x[:n]  # d = 0
            y[n:2 * n] = x[n:2 * n] - beta  # |d| at (or next to) beta
        w = torch.rand(shape, generator=g, dtype=dtype)
        o1, g1 = both(smooth_l1_loss, x, y, beta, reduction, w)
        o2, g2 = both(F.smooth_l1_loss, x, y, beta, reduction, w)
        torch.testing.assert_close(o1, o2, equal_nan=True)
        torch.testing.assert_close(g1, g2)
        assert not g1.isnan().any()


def test_exact_kinks():
    # |d| == beta exactly (dyadic values), both signs, and d = 0
    x = torch.tensor([-0.5, 0.5, 1.5, 0.75, 2.0, 0.25], dtype=torch.float64)
    y = torch.tensor([0.0, 0.0, 1.0, 1.25, 2.0, 0.0], dtype=torch.float64)
    for beta in (0.5, 0.0):
        w = torch.linspace(1, 2, 6, dtype=torch.float64)
        o1, g1 = both(smooth_l1_loss, x, y, beta, "none", w)
        o2, g2 = both(F.smooth_l1_loss, x, y, beta, "none", w)
        assert torch.equal(o1, o2) and torch.equal(g1, g2)


def test_defaults_and_positional():
    x = torch.tensor([-3.0, -0.5, 0.0, 0.25, 2.0])
    y = torch.zeros(5)
    torch.testing.assert_close(smooth_l1_loss(x, y), F.smooth_l1_loss(x, y))
    torch.testing.assert_close(smooth_l1_loss(x, y, 0.25, "sum"), F.smooth_l1_loss(x, y, reduction="sum", beta=0.25))
