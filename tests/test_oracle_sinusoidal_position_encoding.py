"""The sinusoidal_position_encoding reference against a slow double loop with math.sin and
math.cos in float64, on every judged case and a few more; and the tolerance against the
usual float32 computation."""
import math

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference

SLUG = "sinusoidal_position_encoding"
pe = load_reference(SLUG, SLUG)


def slow_pe(num_positions, dim, base=10000.0):
    out = np.zeros((num_positions, dim))
    for pos in range(num_positions):
        for i in range(0, dim, 2):
            angle = pos / base ** (i / dim)
            out[pos, i] = math.sin(angle)
            if i + 1 < dim:
                out[pos, i + 1] = math.cos(angle)
    return out


def test_every_judged_case_against_slow_loop():
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert len(cases) >= 10
    for c in cases:
        got = pe(*c.args, **c.kwargs)
        exp = slow_pe(*c.args, **c.kwargs)
        assert got.dtype == torch.float32 and got.device.type == "cpu", c.name
        assert tuple(got.shape) == exp.shape, c.name
        # float64 then one rounding: within half a float32 ulp of the exact value
        np.testing.assert_allclose(got.numpy(), exp, rtol=0, atol=6e-8, err_msg=c.name)


def test_known_values():
    p = pe(3, 4).numpy()
    np.testing.assert_array_equal(p[0], [0, 1, 0, 1])
    np.testing.assert_allclose(p[1], [math.sin(1), math.cos(1), math.sin(0.01), math.cos(0.01)], rtol=1e-7)
    np.testing.assert_allclose(pe(4, 1).numpy()[:, 0], np.sin(np.arange(4)), rtol=1e-7)
    assert pe(0, 6).shape == (0, 6)


def test_float32_tutorial_form_is_inside_the_tolerance():
    """The tolerance the check states accepts the usual float32 computation at every size
    the judge uses, with room (the largest error seen is ~8e-8 * N)."""
    problem = load_problem(SLUG)
    for c in problem.cases(case_rng(2026, SLUG)):
        n, d = c.args
        base = c.kwargs.get("base", 10000.0)
        position = torch.arange(0, n, dtype=torch.float).unsqueeze(1)
        div = torch.exp(torch.arange(0, d, 2).float() * (-math.log(base) / d))
        f32 = torch.zeros(n, d)
        f32[:, 0::2] = torch.sin(position * div)
        f32[:, 1::2] = torch.cos(position * div[: d // 2])
        err = (f32.double() - torch.from_numpy(slow_pe(n, d, base))).abs().max().item() if n else 0.0
        assert err < 0.5 * 1e-6 * max(1, n / 4), (c.name, err)
