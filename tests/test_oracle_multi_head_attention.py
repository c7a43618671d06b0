"""The multi_head_attention reference against torch.nn.MultiheadAttention(E, H,
batch_first=True) with the same parameters loaded, on every judged case (training and
eval mode), and against a loop over heads written here."""
import math

import numpy as np
import pytest
import torch
import torch.nn as nn

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference

SLUG = "multi_head_attention"
mha = load_reference(SLUG, SLUG)
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def _t(a, device="cpu"):
    return torch.from_numpy(np.array(a)).to(device) if isinstance(a, np.ndarray) else a


def module_answer(query, key, value, num_heads, w_in, b_in, w_out, b_out, key_padding_mask=None,
                  attn_mask=None, need_weights=True, train=True):
    E = query.shape[-1]
    m = nn.MultiheadAttention(E, num_heads, batch_first=True, bias=b_in is not None, dtype=query.dtype)
    with torch.no_grad():
        m.in_proj_weight.copy_(w_in)
        m.out_proj.weight.copy_(w_out)
        if b_in is not None:
            m.in_proj_bias.copy_(b_in)
            m.out_proj.bias.copy_(b_out)
    m.train(train)
    with torch.no_grad():
        return m(query, key, value, key_padding_mask=key_padding_mask, need_weights=need_weights,
                 attn_mask=attn_mask)


@pytest.mark.parametrize("train", [True, False])
def test_every_judged_case_against_the_module(train):
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert len(cases) > 15
    for device in DEVICES:
        for c in cases:
            got = problem.run(mha, tuple(_t(a, device) for a in c.args), {k: _t(v, device) for k, v in c.kwargs.items()})
            got = channel.to_wire(tuple(None if x is None else x.cpu() for x in got))
            exp = channel.to_wire(module_answer(*(_t(a) for a in c.args), **{k: _t(v) for k, v in c.kwargs.items()},
                                                train=train))
            assert problem.check(c, exp, got) is None, f"{c.name} on {device}: {problem.check(c, exp, got)}"
            assert not any(np.isnan(x.array).any() for x in got if x is not None), c.name


def test_against_loop_over_heads():
    """Each head on its own in numpy float64: slice the projections, softmax, concatenate."""
    rng = np.random.default_rng(3)
    B, L, S, E, H = 2, 3, 4, 6, 3
    d = E // H
    q, k, v = rng.normal(size=(B, L, E)), rng.normal(size=(B, S, E)), rng.normal(size=(B, S, E))
    w_in, b_in = rng.normal(size=(3 * E, E)), rng.normal(size=3 * E)
    w_out, b_out = rng.normal(size=(E, E)), rng.normal(size=E)
    pad = np.array([[False, False, True, False], [True, False, False, False]])
    out = np.zeros((B, L, E))
    weights = np.zeros((B, L, S))
    for b in range(B):
        heads = []
        for h in range(H):
            rows = slice(h * d, (h + 1) * d)
            qh = q[b] @ w_in[:E][rows].T + b_in[:E][rows]
            kh = k[b] @ w_in[E:2 * E][rows].T + b_in[E:2 * E][rows]
            vh = v[b] @ w_in[2 * E:][rows].T + b_in[2 * E:][rows]
            s = qh @ kh.T / math.sqrt(d)
            s[:, pad[b]] = -np.inf
            w = np.exp(s - s.max(1, keepdims=True))
            w /= w.sum(1, keepdims=True)
            weights[b] += w / H
            heads.append(w @ vh)
        out[b] = np.concatenate(heads, axis=1) @ w_out.T + b_out
    T = torch.from_numpy
    got_out, got_w = mha(T(q), T(k), T(v), H, T(w_in), T(b_in), T(w_out), T(b_out), key_padding_mask=T(pad))
    np.testing.assert_allclose(got_out.numpy(), out, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(got_w.numpy(), weights, rtol=1e-12, atol=1e-12)
