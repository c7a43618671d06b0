"""The cosine_lr_with_warmup reference against torch.optim.lr_scheduler.SequentialLR of
LinearLR and CosineAnnealingLR (where they are equivalent: warmup_start_lr > 0, warmup_steps
> 0, warmup_start_lr <= base_lr, step <= total_steps), and against a slow obvious loop on
every judged case."""
import math
import warnings

import numpy as np
import pytest
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference

cosine_lr_with_warmup = load_reference("cosine_lr_with_warmup", "cosine_lr_with_warmup")


def torch_schedule(base_lr, warmup_steps, total_steps, min_lr, warmup_start_lr):
    """lr after 0, 1, ..., total_steps scheduler steps."""
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=base_lr)
    warm = torch.optim.lr_scheduler.LinearLR(opt, start_factor=warmup_start_lr / base_lr, end_factor=1.0,
                                             total_iters=warmup_steps)
    cos = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps - warmup_steps, eta_min=min_lr)
    sched = torch.optim.lr_scheduler.SequentialLR(opt, [warm, cos], milestones=[warmup_steps])
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(total_steps + 1):
            out.append(opt.param_groups[0]["lr"])
            opt.step()
            sched.step()
    return np.array(out)


@pytest.mark.parametrize("base, warm, total, min_lr, start", [
    (0.1, 5, 50, 0.0, 0.01), (1.0, 10, 100, 0.05, 0.1), (3e-4, 3, 20, 1e-5, 1e-6), (0.5, 1, 7, 0.0, 0.25),
    (2e-3, 100, 1000, 2e-5, 2e-4)])
def test_matches_sequential_lr(base, warm, total, min_lr, start):
    exp = torch_schedule(base, warm, total, min_lr, start)
    got = cosine_lr_with_warmup(np.arange(total + 1), base, warm, total, min_lr, start)
    np.testing.assert_allclose(got, exp, rtol=1e-12, atol=1e-15 * base)
    for s in (0, warm, total, (warm + total) // 2):
        assert cosine_lr_with_warmup(s, base, warm, total, min_lr, start) == pytest.approx(exp[s], rel=1e-12)


def slow(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    def one(s):
        if s < warmup_steps:
            return warmup_start_lr + (base_lr - warmup_start_lr) * s / warmup_steps
        if s >= total_steps:
            return min_lr
        t = (s - warmup_steps) / (total_steps - warmup_steps)
        return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2
    if isinstance(step, np.ndarray):
        return np.array([one(int(s)) for s in step.ravel()], np.float64).reshape(step.shape)
    return one(step)


def test_every_judged_case_matches_slow_loop():
    p = load_problem("cosine_lr_with_warmup")
    cases = list(p.cases(case_rng(2026, "cosine_lr_with_warmup")))
    assert len(cases) >= 15
    for c in cases:
        exp = slow(*c.args, **c.kwargs)
        got = cosine_lr_with_warmup(*c.args, **c.kwargs)
        assert type(got) is type(exp), c.name
        if isinstance(exp, np.ndarray):
            assert got.dtype == np.float64 and got.shape == exp.shape, c.name
        np.testing.assert_allclose(got, exp, rtol=1e-12, atol=1e-18, err_msg=c.name)
        assert p.check(c, exp, got) is None


def test_stated_values():
    assert cosine_lr_with_warmup(10, 0.1, 10, 100, min_lr=0.001) == 0.1
    assert cosine_lr_with_warmup(55, 0.1, 10, 100, min_lr=0.02) == pytest.approx(0.06, rel=1e-14)
    assert cosine_lr_with_warmup(100, 0.1, 10, 100, min_lr=0.005) == 0.005
    assert cosine_lr_with_warmup(10 ** 6, 0.1, 10, 100, min_lr=0.005) == 0.005
    assert cosine_lr_with_warmup(0, 0.3, 0, 20) == 0.3
    assert isinstance(cosine_lr_with_warmup(3, 0.3, 2, 20), float)
