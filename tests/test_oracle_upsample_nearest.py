"""The upsample_nearest reference against torch.nn.functional.interpolate(mode="nearest") on
the CPU (every judged case and a grid of sizes and scale factors, compared exactly), and
against a slow loop with the stated float32 rule. On CUDA the reference must give its CPU
answer (the judge's rules are the CPU kernel's on every device)."""
import math

import numpy as np
import torch
import torch.nn.functional as F

from cvdrill.judge.run import case_rng, load_problem, load_reference

upsample_nearest = load_reference("upsample_nearest", "upsample_nearest")


def _interp(x, size=None, scale_factor=None):
    return F.interpolate(x, size=size, scale_factor=scale_factor, mode="nearest")


def test_every_judged_case_matches_torch_cpu():
    p = load_problem("upsample_nearest")
    cases = list(p.cases(case_rng(2026, "upsample_nearest")))
    assert len(cases) >= 15
    for c in cases:
        x = torch.from_numpy(c.args[0].copy())
        exp = _interp(x, **c.kwargs)
        got = upsample_nearest(x, **c.kwargs)
        assert got.dtype == exp.dtype and got.shape == exp.shape, c.name
        assert torch.equal(got, exp), c.name
        if torch.cuda.is_available():
            assert torch.equal(upsample_nearest(x.cuda(), **c.kwargs).cpu(), got), c.name


def test_grid_of_sizes_and_factors():
    for n_in in range(1, 41):
        x = torch.randn(1, 1, n_in, 2, dtype=torch.float64)
        for sf in (0.25, 0.3, 0.5, 0.6, 0.7, 0.9, 1.0, 1.05, 1.1, 1.3, 1.5, 1.7, 1.9, 2.0, 2.05, 2.2, 2.9, 3.0, 3.3, 4):
            if math.floor(n_in * sf) >= 1:
                assert torch.equal(upsample_nearest(x, scale_factor=(sf, 1.0)), _interp(x, scale_factor=(sf, 1.0))), (n_in, sf)
        for n_out in range(1, 100):
            assert torch.equal(upsample_nearest(x, size=(n_out, 2)), _interp(x, size=(n_out, 2))), (n_in, n_out)


def _slow_index(n_in, n_out, factor):
    out = []
    for i in range(n_out):
        if n_out == n_in:
            out.append(i)
        elif n_out == 2 * n_in:
            out.append(i // 2)
        else:
            scale = np.float32(1.0 / factor) if factor is not None else np.float32(n_in) / np.float32(n_out)
            out.append(min(int(math.floor(np.float32(i) * scale)), n_in - 1))
    return out


def test_against_slow_loop():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 3, 7, 5))
    for kw in ({"size": (11, 3)}, {"scale_factor": (1.7, 2.2)}, {"scale_factor": 0.6}, {"size": 14}):
        got = upsample_nearest(torch.from_numpy(x), **kw).numpy()
        if "size" in kw:
            ho, wo = (kw["size"],) * 2 if isinstance(kw["size"], int) else kw["size"]
            fh = fw = None
        else:
            fh, fw = (kw["scale_factor"],) * 2 if isinstance(kw["scale_factor"], float) else kw["scale_factor"]
            ho, wo = math.floor(7 * fh), math.floor(5 * fw)
        rows, cols = _slow_index(7, ho, fh), _slow_index(5, wo, fw)
        exp = np.empty((2, 3, ho, wo))
        for i, r in enumerate(rows):
            for j, c in enumerate(cols):
                exp[:, :, i, j] = x[:, :, r, c]
        np.testing.assert_array_equal(got, exp)


def test_stated_examples():
    x = torch.arange(5.0).reshape(1, 1, 1, 5)
    assert upsample_nearest(x, scale_factor=(1.0, 1.7))[0, 0, 0].tolist() == [0, 0, 1, 1, 2, 2, 3, 4]
    assert upsample_nearest(x, size=(1, 8))[0, 0, 0].tolist() == [0, 0, 1, 1, 2, 3, 3, 4]
    assert upsample_nearest(x, scale_factor=(1.0, 0.6))[0, 0, 0].tolist() == [0, 1, 3]
    h = torch.arange(20.0).reshape(1, 1, 20, 1)
    assert upsample_nearest(h, scale_factor=(2.2, 1.0))[0, 0, 33, 0] == 15 == _interp(h, scale_factor=(2.2, 1.0))[0, 0, 33, 0]
