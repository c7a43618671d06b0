"""The hand-written smooth-L1 derivative against torch's autograd through
F.smooth_l1_loss, kinks and beta=0 included."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

smooth_l1_grad = load_reference("smooth_l1_grad", "smooth_l1_grad")


def autograd_grad(x, beta):
    a = x.clone().requires_grad_(True)
    F.smooth_l1_loss(a, torch.zeros_like(a), beta=beta, reduction="sum").backward()
    return a.grad


@pytest.mark.parametrize("beta", [1.0, 0.5, 2.0, 1.0 / 9, 0.0, 3.0])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_autograd(beta, dtype):
    pts = torch.tensor([-3, -2, -1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 2, 3], dtype=dtype)
    kinks = torch.tensor([beta, -beta, 0.0], dtype=dtype)
    rnd = torch.randn(500, generator=torch.Generator().manual_seed(1), dtype=dtype) * 2
    for x in (pts, kinks, rnd, rnd.reshape(5, 10, 10), torch.zeros(0, dtype=dtype)):
        got = smooth_l1_grad(x, beta)
        assert got.dtype == dtype and got.shape == x.shape
        torch.testing.assert_close(got, autograd_grad(x, beta), rtol=1e-6, atol=1e-7)


def test_trap_negative_side():
    # on -1 <= x < 0 the derivative of 0.5 x^2 is x (negative), not -x
    x = torch.tensor([-1.0, -0.5, -0.25])
    assert smooth_l1_grad(x).tolist() == [-1.0, -0.5, -0.25]
    assert smooth_l1_grad(torch.tensor([0.0]), 0.0).item() == 0.0
