"""The dice_loss reference (value and autograd gradient) against the loss and its
gradient written out by hand in float64 numpy, on every judged case, and a hand example."""
import math

import numpy as np
import torch

from cvdrill.judge import channel
from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems._loss_grad import upstream

dice_loss = load_reference("dice_loss", "dice_loss")
PROBLEM = load_problem("dice_loss")


def numpy_dice(x, t, smooth=1.0, reduction="mean"):
    """(loss, dloss/dx) in float64: p = sigmoid(x); per sample S = sum p + sum t + s,
    I = sum p t, loss = 1 - (2I + s) / S; dloss/dp_i = -(2 t_i S - (2I + s)) / S^2."""
    x64 = np.asarray(x, np.float64)
    n = x64.shape[0]
    d = int(np.prod(x64.shape[1:]))
    x2, t2 = x64.reshape(n, d), np.asarray(t, np.float64).reshape(n, d)
    with np.errstate(over="ignore"):  # exp(1000): p = 0, as it should
        p = 1.0 / (1.0 + np.exp(-x2))
    inter, s_ = (p * t2).sum(1), p.sum(1) + t2.sum(1) + smooth
    loss = 1.0 - (2 * inter + smooth) / s_
    dp = -(2 * t2 * s_[:, None] - (2 * inter + smooth)[:, None]) / (s_ ** 2)[:, None]
    dx = dp * p * (1 - p)
    if reduction == "none":
        w = upstream(torch.from_numpy(loss)).numpy()
        return loss, (dx * w[:, None]).reshape(x64.shape)
    if reduction == "sum":
        return loss.sum(), dx.reshape(x64.shape)
    return (loss.mean() if n else float("nan")), (dx / max(n, 1)).reshape(x64.shape)


def test_every_judged_case():
    n = 0
    for seed in (2026, 5):
        for c in PROBLEM.cases(case_rng(seed, "dice_loss")):
            x, t = c.args[:2]
            kw = dict(zip(("smooth", "reduction"), c.args[2:]), **c.kwargs)
            loss, grad = numpy_dice(x, t, **kw)
            dt = torch.from_numpy(np.asarray(x)).dtype
            exp = channel.to_wire((torch.tensor(loss, dtype=dt), torch.from_numpy(np.asarray(grad)).to(dt)))
            args = tuple(torch.from_numpy(np.array(a)) if isinstance(a, np.ndarray) else a for a in c.args)
            got = channel.to_wire(PROBLEM.run(dice_loss, args, dict(c.kwargs)))
            msg = PROBLEM.check(c, exp, got)
            assert msg is None, f"{c.name} (seed {seed}): {msg}"
            n += 1
    assert n > 20


def test_by_hand():
    # logits 0 -> p = 1/2 everywhere; t = [1, 0, 1, 0]: I = 1, sum p = 2, sum t = 2.
    x = torch.zeros(1, 4, dtype=torch.float64)
    t = torch.tensor([[1.0, 0.0, 1.0, 0.0]], dtype=torch.float64)
    assert math.isclose(dice_loss(x, t).item(), 1 - (2 * 1 + 1) / (2 + 2 + 1))
    assert math.isclose(dice_loss(x, t, smooth=0.0).item(), 0.5)
    # not V-Net's squared denominator: sum p^2 + sum t^2 = 1 + 2 would give 1 - 3/4
    assert not math.isclose(dice_loss(x, t).item(), 1 - 3 / 4)
    # per sample: a perfect sample and an empty-mask sample are averaged, not pooled
    xs = torch.tensor([[50.0, -50.0], [-50.0, -50.0]], dtype=torch.float64)
    ts = torch.tensor([[1.0, 0.0], [0.0, 0.0]], dtype=torch.float64)
    per = dice_loss(xs, ts, reduction="none")
    assert per.shape == (2,) and per[0].item() < 1e-12 and per[1].item() < 1e-12
    assert torch.isnan(dice_loss(torch.zeros(0, 3), torch.zeros(0, 3)))
    assert dice_loss(torch.zeros(0, 3), torch.zeros(0, 3), reduction="sum").item() == 0.0
