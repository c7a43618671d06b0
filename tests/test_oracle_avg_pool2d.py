"""The avg_pool2d reference against torch.nn.functional.avg_pool2d."""
import itertools

import numpy as np
import torch
import torch.nn.functional as F

from cvdrill.judge.run import case_rng, load_problem, load_reference

avg_pool2d = load_reference("avg_pool2d", "avg_pool2d")


def test_judge_cases_match_torch():
    p = load_problem("avg_pool2d")
    for c in p.cases(case_rng(2026, "avg_pool2d")):
        x = torch.from_numpy(c.args[0])
        got, exp = avg_pool2d(x, *c.args[1:], **c.kwargs), F.avg_pool2d(x, *c.args[1:], **c.kwargs)
        assert got.dtype == exp.dtype and got.shape == exp.shape, c.name
        torch.testing.assert_close(got, exp, rtol=1e-6, atol=1e-6, msg=c.name)


def test_grid_of_settings():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(2, 3, 9, 8, generator=g, dtype=torch.float64)
    for k, s, p, cip in itertools.product([1, 2, 3, (2, 3), (5, 2)], [None, 1, 2, (1, 3)], [0, 1, (2, 0)],
                                          [True, False]):
        kk = (k, k) if isinstance(k, int) else k
        pp = (p, p) if isinstance(p, int) else p
        if pp[0] > kk[0] // 2 or pp[1] > kk[1] // 2:
            continue
        torch.testing.assert_close(avg_pool2d(x, k, s, p, cip), F.avg_pool2d(x, k, s, p, count_include_pad=cip),
                                   rtol=1e-12, atol=1e-12)


def test_count_include_pad_by_hand():
    x = torch.ones(1, 1, 2, 2, dtype=torch.float64)
    # 3x3 windows, padding 1, stride 1: each window holds the 4 ones and 5 zeros
    np.testing.assert_allclose(avg_pool2d(x, 3, 1, 1, True).numpy(), np.full((1, 1, 2, 2), 4 / 9))
    np.testing.assert_allclose(avg_pool2d(x, 3, 1, 1, False).numpy(), np.ones((1, 1, 2, 2)))
