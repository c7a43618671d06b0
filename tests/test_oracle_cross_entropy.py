"""The cross_entropy reference against F.cross_entropy: value and autograd gradient,
at logits up to +-1000."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference

cross_entropy = load_reference("cross_entropy", "cross_entropy")


def both(fn, x, t, reduction, w):
    a = x.clone().requires_grad_(True)
    out = fn(a, t, reduction=reduction)
    out.backward(w if out.dim() else None)
    return out.detach(), a.grad


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_torch(reduction, dtype):
    g = torch.Generator().manual_seed(0)
    data = [(torch.zeros(0, 3, dtype=dtype), torch.zeros(0, dtype=torch.int64)),
            (torch.tensor([[1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 999.0], [1000.0] * 3], dtype=dtype),
             torch.tensor([2, 2, 1])),
            (torch.randn(5, 1, generator=g, dtype=dtype), torch.zeros(5, dtype=torch.int64))]
    for n, c, scale in [(1, 4, 1.0), (20, 10, 5.0), (64, 257, 50.0)]:
        data.append((torch.randn(n, c, generator=g, dtype=dtype) * scale, torch.randint(0, c, (n,), generator=g)))
    for x, t in data:
        w = torch.rand(x.shape[0], generator=g, dtype=dtype)
        o1, g1 = both(cross_entropy, x, t, reduction, w)
        o2, g2 = both(F.cross_entropy, x, t, reduction, w)
        assert not torch.isinf(o1).any()
        torch.testing.assert_close(o1, o2, equal_nan=True)
        torch.testing.assert_close(g1, g2)
