"""The conv_transpose2d reference against torch.nn.functional.conv_transpose2d (output and
autograd gradients, through the judge's own driver and check) and a slow obvious loop."""
import itertools

import numpy as np
import torch
import torch.nn.functional as F

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference

conv_transpose2d = load_reference("conv_transpose2d", "conv_transpose2d")
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
TOL = {torch.float32: dict(rtol=1e-5, atol=1e-4), torch.float64: dict(rtol=1e-12, atol=1e-12)}


def _t(v, device="cpu"):
    return torch.from_numpy(v.copy()).to(device) if isinstance(v, np.ndarray) else v


def test_every_judged_case_matches_torch():
    p = load_problem("conv_transpose2d")
    cases = list(p.cases(case_rng(2026, "conv_transpose2d")))
    assert len(cases) >= 15
    for device in DEVICES:
        for c in cases:
            args = tuple(_t(a, device) for a in c.args)
            exp = channel.to_wire(p.run(F.conv_transpose2d, args, dict(c.kwargs)))
            got = channel.to_wire(p.run(conv_transpose2d, args, dict(c.kwargs)))
            assert p.check(c, exp, got) is None, f"{c.name} on {device}: {p.check(c, exp, got)}"
            if exp[0].array.size:  # the gradients exist and were compared
                assert {"input", "weight"} <= set(exp[1]) and exp[1]["input"] is not None


def test_grid_of_settings():
    g = torch.Generator().manual_seed(0)
    for dtype in (torch.float32, torch.float64):
        for k, s, p, op in itertools.product([(1, 1), (3, 3), (2, 4)], [1, 3, (2, 1)], [0, 1, (0, 2)],
                                             [0, 1, (1, 0)]):
            x = torch.randn(2, 3, 5, 4, generator=g, dtype=dtype, requires_grad=True)
            w = torch.randn(3, 4, *k, generator=g, dtype=dtype, requires_grad=True)
            b = torch.randn(4, generator=g, dtype=dtype, requires_grad=True)
            try:
                exp = F.conv_transpose2d(x, w, b, s, p, op)
            except RuntimeError:  # output_padding >= stride, or an empty output: not a valid case
                continue
            if 0 in exp.shape:  # torch allows an empty output; the judge never asks for one
                continue
            got = conv_transpose2d(x, w, b, s, p, op)
            torch.testing.assert_close(got, exp, **TOL[dtype])
            up = torch.randn(exp.shape, generator=g, dtype=dtype)
            ge = torch.autograd.grad(exp, (x, w, b), up)
            gg = torch.autograd.grad(got, (x, w, b), up)
            for a, e in zip(gg, ge):
                torch.testing.assert_close(a, e, **TOL[dtype])


def test_against_slow_loop():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 3, 4, 3))
    w = rng.normal(size=(3, 2, 3, 2))
    b = rng.normal(size=2)
    (sh, sw), (ph, pw), (oh, ow) = (2, 3), (1, 0), (1, 2)
    ho, wo = (4 - 1) * sh - 2 * ph + 3 + oh, (3 - 1) * sw - 2 * pw + 2 + ow
    out = np.zeros((2, 2, ho, wo)) + b[None, :, None, None]
    for n, c, i, j, o, u, v in itertools.product(range(2), range(3), range(4), range(3), range(2), range(3), range(2)):
        y, z = i * sh - ph + u, j * sw - pw + v
        if 0 <= y < ho and 0 <= z < wo:
            out[n, o, y, z] += x[n, c, i, j] * w[c, o, u, v]
    got = conv_transpose2d(torch.from_numpy(x), torch.from_numpy(w), torch.from_numpy(b), (sh, sw), (ph, pw), (oh, ow))
    np.testing.assert_allclose(got.numpy(), out, rtol=1e-12, atol=1e-12)


def test_empty_batch_and_no_bias():
    x = torch.zeros(0, 3, 5, 5)
    w = torch.randn(3, 2, 3, 3)
    assert conv_transpose2d(x, w, stride=2, padding=1, output_padding=1).shape == (0, 2, 10, 10)
    x = torch.randn(1, 3, 5, 5, dtype=torch.float64)
    w = torch.randn(3, 2, 5, 5, dtype=torch.float64)
    torch.testing.assert_close(conv_transpose2d(x, w), F.conv_transpose2d(x, w))
