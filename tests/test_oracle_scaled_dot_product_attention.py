"""The scaled_dot_product_attention reference against torch's own
F.scaled_dot_product_attention (value and the gradients of q, k, v) on every judged case,
and against a slow loop over queries and keys written here."""
import math

import numpy as np
import torch
import torch.nn.functional as F

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _attention as A

SLUG = "scaled_dot_product_attention"
sdpa = load_reference(SLUG, SLUG)
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def _t(a, device="cpu"):
    return torch.from_numpy(np.array(a)).to(device) if isinstance(a, np.ndarray) else a


def test_every_judged_case_against_torch():
    """torch's answer (on the CPU: its CUDA kernels may differ on fully masked rows) is
    accepted by the problem's check, with the reference's answer as the expected one,
    and the other way round."""
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert len(cases) > 20
    for device in DEVICES:
        for c in cases:
            got = cpu(problem.run(sdpa, tuple(_t(a, device) for a in c.args), dict(c.kwargs)))
            exp = cpu(problem.run(F.scaled_dot_product_attention, tuple(_t(a) for a in c.args), dict(c.kwargs)))
            assert problem.check(c, exp, got) is None, f"{c.name} on {device}: {problem.check(c, exp, got)}"
            assert problem.check(c, got, exp) is None, f"{c.name} on {device}"
            assert not any(np.isnan(x.array).any() for x in got if x is not None), f"{c.name}: nan"


def cpu(result):
    return channel.to_wire(tuple(None if x is None else x.cpu() for x in result))


def slow_attention(q, k, v, keep=None, bias=None, scale=None):
    """One query at a time, math.exp over the keys that take part; float64 numpy."""
    L, E = q.shape
    S, Ev = v.shape
    scale = 1 / math.sqrt(E) if scale is None else scale
    out = np.zeros((L, Ev))
    for i in range(L):
        s = []
        for j in range(S):
            if keep is not None and not keep[i, j]:
                continue
            b = 0.0 if bias is None else bias[i, j]
            s.append((j, sum(q[i, e] * k[j, e] for e in range(E)) * scale + b))
        if not s:
            continue  # a query that sees no key: zeros
        m = max(x for _, x in s)
        w = [(j, math.exp(x - m)) for j, x in s]
        z = sum(x for _, x in w)
        for j, x in w:
            out[i] += x / z * v[j]
    return out


def test_against_slow_loop():
    rng = np.random.default_rng(5)
    L, S, E, Ev = 6, 4, 3, 2
    q, k, v = rng.normal(size=(L, E)), rng.normal(size=(S, E)), rng.normal(size=(S, Ev))
    causal = np.tril(np.ones((L, S), bool))
    keep = rng.uniform(size=(L, S)) < 0.6
    keep[2] = False
    bias = rng.normal(size=(L, S))
    T = torch.from_numpy
    for got, exp in [
        (sdpa(T(q), T(k), T(v)), slow_attention(q, k, v)),
        (sdpa(T(q), T(k), T(v), is_causal=True), slow_attention(q, k, v, keep=causal)),
        (sdpa(T(q[:3]), T(k), T(v), is_causal=True), slow_attention(q[:3], k, v, keep=causal[:3])),
        (sdpa(T(q), T(k), T(v), attn_mask=T(keep)), slow_attention(q, k, v, keep=keep)),
        (sdpa(T(q), T(k), T(v), attn_mask=T(bias), scale=0.7), slow_attention(q, k, v, bias=bias, scale=0.7)),
    ]:
        np.testing.assert_allclose(got.numpy(), exp, rtol=1e-12, atol=1e-12)


def test_fully_masked_rows_are_zero_in_torch_too():
    """The convention the statement states, checked on the installed torch: zeros, and
    no gradient through the dead row (not nan)."""
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(2, 3, 4, generator=g, dtype=torch.float64, requires_grad=True) for _ in range(3))
    keep = torch.ones(3, 3, dtype=torch.bool)
    keep[1] = False
    out = F.scaled_dot_product_attention(q, k, v, attn_mask=keep)
    out.sum().backward()
    assert torch.equal(out[:, 1], torch.zeros(2, 4, dtype=torch.float64))
    assert torch.equal(q.grad[:, 1], torch.zeros(2, 4, dtype=torch.float64))
    mine = sdpa(q.detach(), k.detach(), v.detach(), attn_mask=keep)
    torch.testing.assert_close(mine, out.detach())


def test_upstream_is_seeded():
    y = torch.zeros(3, 4)
    assert torch.equal(A.upstream(y), A.upstream(torch.ones(3, 4)))
