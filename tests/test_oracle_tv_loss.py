"""The tv_loss reference against slow per-pixel loops (values), torch.autograd.gradcheck, and
hand-computed images."""
import math

import pytest
import torch

from cvdrill.judge.run import load_reference

tv_loss = load_reference("tv_loss", "tv_loss")


def slow(x, beta=None):
    n, c, h, w = x.shape
    total = 0.0
    for b in range(n):
        for ch in range(c):
            a = x[b, ch].tolist()
            for i in range(h):
                for j in range(w):
                    if beta is None:
                        if i + 1 < h:
                            total += abs(a[i + 1][j] - a[i][j])
                        if j + 1 < w:
                            total += abs(a[i][j + 1] - a[i][j])
                    elif i + 1 < h and j + 1 < w:
                        total += ((a[i][j + 1] - a[i][j]) ** 2 + (a[i + 1][j] - a[i][j]) ** 2) ** (beta / 2)
    return total / n


@pytest.mark.parametrize("shape", [(1, 1, 1, 1), (1, 1, 1, 6), (2, 1, 5, 1), (1, 3, 2, 2), (2, 3, 7, 9), (3, 2, 12, 5)])
@pytest.mark.parametrize("beta", [None, 1.0, 1.5, 2.0, 3.0])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_loops(shape, beta, dtype):
    g = torch.Generator().manual_seed(sum(shape) * 13 + int((beta or 0) * 10))
    x = torch.randn(*shape, generator=g, dtype=torch.float64).to(dtype)
    before = x.clone()
    out = tv_loss(x, beta)
    assert out.shape == () and out.dtype == dtype
    tol = 1e-5 if dtype == torch.float32 else 1e-12
    assert math.isclose(out.item(), slow(x.double(), beta), rel_tol=tol, abs_tol=tol)
    assert torch.equal(x, before)


@pytest.mark.parametrize("beta", [None, 2.0, 1.0, 3.0])
def test_gradcheck(beta):
    # random data: no difference is exactly 0, so |d| and the norm are differentiable everywhere
    g = torch.Generator().manual_seed(7)
    x = torch.randn(2, 2, 5, 6, generator=g, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda t: tv_loss(t, beta), (x,))


def test_beta2_gradient_on_flat_image_is_zero():
    x = torch.full((1, 1, 4, 4), 3.0, dtype=torch.float64, requires_grad=True)
    tv_loss(x, 2.0).backward()
    assert torch.equal(x.grad, torch.zeros_like(x))


def test_hand_values():
    x = torch.tensor([[[[1.0, 2.0], [4.0, 8.0]]]])
    assert tv_loss(x).item() == 14.0             # 3 + 6 + 1 + 4
    assert tv_loss(x, 2.0).item() == 10.0        # (2-1)^2 + (4-1)^2, only pixel (0, 0)
    assert math.isclose(tv_loss(x, 1.0).item(), math.sqrt(10), rel_tol=1e-6)
    # divided by N: two copies of the same image give the same loss
    assert tv_loss(torch.cat([x, x])).item() == 14.0
    # no pixel of a single row has both differences
    assert tv_loss(torch.tensor([[[[0.0, 1.0, 4.0]]]]), 2.0).item() == 0.0
    assert tv_loss(torch.tensor([[[[0.0, 1.0, 4.0]]]])).item() == 4.0
