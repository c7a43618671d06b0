"""The bce_with_logits reference against F.binary_cross_entropy_with_logits: value and
autograd gradient, at logits up to +-1000."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

bce_with_logits = load_reference("bce_with_logits", "bce_with_logits")


def both(fn, x, t, reduction, w):
    a = x.clone().requires_grad_(True)
    out = fn(a, t, reduction=reduction)
    out.backward(w if out.dim() else None)
    return out.detach(), a.grad


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_torch(reduction, dtype):
    g = torch.Generator().manual_seed(0)
    big = torch.tensor([1000.0, -1000.0, 1000.0, -1000.0, 100.0, -100.0, 0.0, 0.0], dtype=dtype)
    bt = torch.tensor([1.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0], dtype=dtype)
    data = [(big, bt), (torch.zeros(0, dtype=dtype), torch.zeros(0, dtype=dtype))]
    for shape, scale in [((7,), 1.0), ((4, 3, 5), 10.0), ((), 2.0)]:
        data.append((torch.randn(shape, generator=g, dtype=dtype) * scale, torch.rand(shape, generator=g, dtype=dtype)))
    for x, t in data:
        w = torch.rand(x.shape, generator=g, dtype=dtype)
        o1, g1 = both(bce_with_logits, x, t, reduction, w)
        o2, g2 = both(F.binary_cross_entropy_with_logits, x, t, reduction, w)
        assert not torch.isinf(o1).any()
        torch.testing.assert_close(o1, o2, equal_nan=True)
        torch.testing.assert_close(g1, g2)  # the x == 0 entries too
