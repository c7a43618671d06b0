"""The layer_norm reference against torch.nn.functional.layer_norm (value and the autograd
gradients of x, weight and bias) on every judged case and on extra shapes, and against a
slow loop over the rows in Python floats (math.fsum)."""
import itertools
import math

import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_norm import DEVICES, check_every_case

layer_norm = load_reference("layer_norm", "layer_norm")


def torch_layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    # F.layer_norm wants a tuple; nn.LayerNorm's int form is part of the statement
    ns = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    return F.layer_norm(x, ns, weight, bias, eps)


def test_every_judged_case():
    check_every_case("layer_norm", torch_layer_norm)


def grads(fn, x, ns, w, b, eps, g):
    leaves = [t.clone().requires_grad_(True) if t is not None else None for t in (x, w, b)]
    y = fn(leaves[0], ns, leaves[1], leaves[2], eps)
    y.backward(g)
    return [y.detach()] + [t.grad if t is not None else None for t in leaves]


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_against_torch_extra_shapes(device, dtype):
    gen = torch.Generator().manual_seed(1)
    tol = dict(rtol=1e-4, atol=1e-4) if dtype == torch.float32 else dict(rtol=1e-10, atol=1e-10)
    for shape, k, eps, affine in [((7, 3), 1, 1e-5, True), ((2, 3, 4), 2, 1e-3, True), ((5,), 1, 1e-5, False),
                                  ((3, 2, 2, 6), 3, 0.5, True), ((1, 1, 1), 1, 1e-5, True)]:
        x = (torch.randn(shape, generator=gen, dtype=torch.float64) * 3 + 2).to(dtype).to(device)
        ns = shape[len(shape) - k:]
        w = (torch.rand(ns, generator=gen, dtype=torch.float64) + 0.5).to(dtype).to(device) if affine else None
        b = torch.randn(ns, generator=gen, dtype=torch.float64).to(dtype).to(device) if affine else None
        g = torch.randn(shape, generator=gen, dtype=torch.float64).to(dtype).to(device)
        for e, r in zip(grads(torch_layer_norm, x, ns, w, b, eps, g), grads(layer_norm, x, ns, w, b, eps, g)):
            if e is None:
                assert r is None
            else:
                assert r.dtype == e.dtype and r.device == e.device
                torch.testing.assert_close(r, e, **tol)


def slow_layer_norm(x, k, w, b, eps):
    """Row by row, element by element, in Python floats."""
    shape = list(x.shape)
    lead, tail = shape[:len(shape) - k], shape[len(shape) - k:]
    out = torch.empty(shape, dtype=torch.float64)
    for row in itertools.product(*[range(n) for n in lead]):
        idx = list(itertools.product(*[range(n) for n in tail]))
        vals = [float(x[row + i]) for i in idx]
        mean = math.fsum(vals) / len(vals)
        var = math.fsum((v - mean) ** 2 for v in vals) / len(vals)  # biased
        for i, v in zip(idx, vals):
            out[row + i] = (v - mean) / math.sqrt(var + eps) * float(w[i]) + float(b[i])
    return out


def test_against_a_slow_loop():
    gen = torch.Generator().manual_seed(2)
    for shape, k in [((4, 6), 1), ((2, 3, 5), 2), ((3, 2, 2, 2), 3)]:
        x = torch.randn(shape, generator=gen, dtype=torch.float64) * 2 - 1
        ns = shape[len(shape) - k:]
        w = torch.rand(ns, generator=gen, dtype=torch.float64) + 0.5
        b = torch.randn(ns, generator=gen, dtype=torch.float64)
        torch.testing.assert_close(layer_norm(x, list(ns), w, b, 1e-3), slow_layer_norm(x, k, w, b, 1e-3),
                                   rtol=1e-12, atol=1e-12)


def test_by_hand():
    # one row [1, 3]: mean 2, biased variance 1, eps 0 -> [-1, 1]; a constant row -> bias
    x = torch.tensor([[1.0, 3.0], [5.0, 5.0]], dtype=torch.float64)
    y = layer_norm(x, 2, torch.tensor([2.0, 1.0], dtype=torch.float64), torch.tensor([0.5, 0.5], dtype=torch.float64),
                   eps=1e-300)
    assert torch.allclose(y[0], torch.tensor([-1.5, 1.5], dtype=torch.float64))
    assert torch.equal(y[1], torch.tensor([0.5, 0.5], dtype=torch.float64))
