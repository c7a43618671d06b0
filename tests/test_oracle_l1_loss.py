"""The l1_loss reference against torch.nn.functional.l1_loss: value and autograd gradient."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

l1_loss = load_reference("l1_loss", "l1_loss")


def both(fn, x, y, reduction, w):
    a = x.clone().requires_grad_(True)
    out = fn(a, y, reduction=reduction)
    out.backward(w if out.dim() else None)
    return out.detach(), a.grad


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_torch(reduction, dtype):
    g = torch.Generator().manual_seed(0)
    for shape in [(0,), (1,), (5,), (4, 3, 6, 6), ()]:
        x = torch.randn(shape, generator=g, dtype=dtype)
        y = torch.randn(shape, generator=g, dtype=dtype)
        if x.dim():
            y[: max(1, len(y) // 2)] = x[: max(1, len(x) // 2)]  # ties: gradient 0 there
        w = torch.rand(shape, generator=g, dtype=dtype)
        o1, g1 = both(l1_loss, x, y, reduction, w)
        o2, g2 = both(F.l1_loss, x, y, reduction, w)
        torch.testing.assert_close(o1, o2, equal_nan=True)
        torch.testing.assert_close(g1, g2)
