"""The max_pool2d reference against torch.nn.functional.max_pool2d."""
import itertools

import numpy as np
import torch
import torch.nn.functional as F

from cvdrill.judge.run import case_rng, load_problem, load_reference

max_pool2d = load_reference("max_pool2d", "max_pool2d")


def test_judge_cases_match_torch():
    p = load_problem("max_pool2d")
    for c in p.cases(case_rng(2026, "max_pool2d")):
        x = torch.from_numpy(c.args[0])
        got, exp = max_pool2d(x, *c.args[1:], **c.kwargs), F.max_pool2d(x, *c.args[1:], **c.kwargs)
        assert got.dtype == exp.dtype and torch.equal(got, exp), c.name


def test_grid_of_settings():
    g = torch.Generator().manual_seed(0)
    for dtype in (torch.float32, torch.float64):
        x = torch.randn(2, 3, 9, 8, generator=g, dtype=dtype) - 3  # mostly negative: -inf padding matters
        for k, s, p in itertools.product([1, 2, 3, (2, 3), (4, 1)], [None, 1, 2, (1, 3)], [0, 1, (1, 0)]):
            kk = (k, k) if isinstance(k, int) else k
            pp = (p, p) if isinstance(p, int) else p
            if pp[0] > kk[0] // 2 or pp[1] > kk[1] // 2:
                continue  # torch refuses padding over half the kernel
            assert torch.equal(max_pool2d(x, k, s, p), F.max_pool2d(x, k, s, p)), (k, s, p)


def test_negative_values_and_padding():
    x = -torch.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    got = max_pool2d(x, 3, stride=1, padding=1)
    exp = np.array([[-1, -1, -2], [-1, -1, -2], [-4, -4, -5]], dtype=np.float32)
    np.testing.assert_array_equal(got[0, 0].numpy(), exp)
