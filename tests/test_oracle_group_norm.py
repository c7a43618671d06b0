"""The group_norm reference against torch.nn.functional.group_norm (value and the autograd
gradients of x, weight and bias) on every judged case, against F.instance_norm
(num_groups = C) and F.layer_norm (num_groups = 1), and against a slow loop over the
(sample, group) pairs in Python floats."""
import math

import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_norm import DEVICES, check_every_case

group_norm = load_reference("group_norm", "group_norm")


def test_every_judged_case():
    check_every_case("group_norm", F.group_norm)


def value_and_grads(fn, x, w, b, g, *args, **kwargs):
    xs, ws, bs = (t.clone().requires_grad_(True) for t in (x, w, b))
    y = fn(xs, *args, ws, bs, **kwargs) if args else fn(xs, ws, bs, **kwargs)
    y.backward(g)
    return y.detach(), xs.grad, ws.grad, bs.grad


def affine(y, w, b):
    shape = (1, -1) + (1,) * (y.dim() - 2)
    return y * w.reshape(shape) + b.reshape(shape)


@pytest.mark.parametrize("device", DEVICES)
def test_edge_groupings_match_other_norms(device):
    gen = torch.Generator().manual_seed(3)
    x = (torch.randn(3, 6, 4, 5, generator=gen, dtype=torch.float64) * 2 + 1).to(device)
    w = (torch.rand(6, generator=gen, dtype=torch.float64) + 0.5).to(device)
    b = torch.randn(6, generator=gen, dtype=torch.float64).to(device)
    g = torch.randn(3, 6, 4, 5, generator=gen, dtype=torch.float64).to(device)
    ours_c = value_and_grads(group_norm, x, w, b, g, 6)
    inst = value_and_grads(lambda xx, ww, bb: F.instance_norm(xx, weight=ww, bias=bb, eps=1e-5), x, w, b, g)
    ours_1 = value_and_grads(group_norm, x, w, b, g, 1)
    ln = value_and_grads(lambda xx, ww, bb: affine(F.layer_norm(xx, xx.shape[1:], eps=1e-5), ww, bb), x, w, b, g)
    for a, e in zip(ours_c + ours_1, inst + ln):
        torch.testing.assert_close(a, e, rtol=1e-10, atol=1e-10)


def slow_group_norm(x, groups, w, b, eps):
    n, c = x.shape[:2]
    flat = x.reshape(n, c, -1)
    out = torch.empty_like(flat)
    per = c // groups
    for i in range(n):
        for gi in range(groups):
            chans = range(gi * per, (gi + 1) * per)
            vals = [float(v) for ch in chans for v in flat[i, ch]]
            mean = math.fsum(vals) / len(vals)
            var = math.fsum((v - mean) ** 2 for v in vals) / len(vals)
            for ch in chans:
                for j in range(flat.shape[2]):
                    out[i, ch, j] = (float(flat[i, ch, j]) - mean) / math.sqrt(var + eps) * float(w[ch]) + float(b[ch])
    return out.reshape(x.shape)


def test_against_a_slow_loop():
    gen = torch.Generator().manual_seed(4)
    for shape, groups in [((2, 6, 3, 2), 3), ((3, 4), 2), ((1, 8, 5), 4), ((2, 4, 2, 2), 1)]:
        x = torch.randn(shape, generator=gen, dtype=torch.float64) * 3
        w = torch.rand(shape[1], generator=gen, dtype=torch.float64) + 0.5
        b = torch.randn(shape[1], generator=gen, dtype=torch.float64)
        torch.testing.assert_close(group_norm(x, groups, w, b, eps=1e-4), slow_group_norm(x, groups, w, b, 1e-4),
                                   rtol=1e-12, atol=1e-12)
