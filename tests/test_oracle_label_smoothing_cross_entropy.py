"""The label_smoothing_cross_entropy reference against torch.nn.functional.cross_entropy
(label_smoothing, ignore_index, every reduction; value and autograd gradient) on every
judged case and device, and against a slow loop over the positions in Python floats
written from the definition (the smoothed target distribution)."""
import math

import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_norm import DEVICES, check_every_case

ls_ce = load_reference("label_smoothing_cross_entropy", "label_smoothing_cross_entropy")


def torch_ls_ce(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    return F.cross_entropy(logits, target, label_smoothing=smoothing, reduction=reduction, ignore_index=ignore_index)


def test_every_judged_case():
    check_every_case("label_smoothing_cross_entropy", torch_ls_ce)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
def test_against_torch_extra(device, reduction):
    gen = torch.Generator().manual_seed(7)
    for shape, eps, ii in [((9, 4), 0.0, -100), ((6, 5), 1.0, 1), ((3, 4, 2, 3), 0.3, -100), ((20, 7), 0.15, -1)]:
        for dtype in (torch.float32, torch.float64):
            x = (torch.randn(shape, generator=gen, dtype=torch.float64) * 4).to(dtype).to(device)
            t = torch.randint(0, shape[1], (shape[0],) + shape[2:], generator=gen)
            t[torch.rand(t.shape, generator=gen) < 0.3] = ii
            t = t.to(device)
            out = []
            for fn in (torch_ls_ce, ls_ce):
                a = x.clone().requires_grad_(True)
                y = fn(a, t, smoothing=eps, reduction=reduction, ignore_index=ii)
                y.sum().backward()
                out.append((y.detach(), a.grad))
            (ye, ge), (yr, gr) = out
            tol = dict(rtol=1e-5, atol=1e-6) if dtype == torch.float32 else dict(rtol=1e-12, atol=1e-12)
            torch.testing.assert_close(yr, ye, **tol)
            torch.testing.assert_close(gr, ge, **tol)


def slow(logits, target, smoothing, reduction, ignore_index):
    """Position by position: q = (1 - s) onehot + s / C, loss = -sum_c q_c log p_c."""
    n, c = logits.shape[:2]
    rest = list(logits.shape[2:])
    flat_x = logits.reshape(n, c, -1)
    flat_t = target.reshape(n, -1)
    losses, count = [], 0
    for i in range(n):
        for j in range(flat_x.shape[2]):
            z = [float(v) for v in flat_x[i, :, j]]
            t = int(flat_t[i, j])
            if t == ignore_index:
                losses.append(0.0)
                continue
            count += 1
            m = max(z)
            lse = m + math.log(math.fsum(math.exp(v - m) for v in z))
            q = [(1 - smoothing) * (k == t) + smoothing / c for k in range(c)]
            losses.append(-math.fsum(qk * (zk - lse) for qk, zk in zip(q, z)))
    if reduction == "none":
        return torch.tensor(losses, dtype=torch.float64).reshape([n] + rest)
    total = math.fsum(losses)
    return torch.tensor(total if reduction == "sum" else (total / count if count else math.nan), dtype=torch.float64)


def test_against_a_slow_loop():
    gen = torch.Generator().manual_seed(8)
    for shape, eps, ii in [((6, 3), 0.1, -100), ((4, 5, 3), 0.4, 2), ((5, 2), 0.0, -100)]:
        x = torch.randn(shape, generator=gen, dtype=torch.float64) * 3
        x[0, 0] = 1000.0
        t = torch.randint(0, shape[1], (shape[0],) + shape[2:], generator=gen)
        t.view(-1)[1] = ii
        for red in ("none", "mean", "sum"):
            torch.testing.assert_close(ls_ce(x, t, eps, red, ii), slow(x, t, eps, red, ii), rtol=1e-12, atol=1e-12)
    # every target ignored: mean 0 / 0 = nan, sum 0
    x = torch.randn(3, 4, dtype=torch.float64)
    t = torch.full((3,), -100)
    assert math.isnan(ls_ce(x, t, 0.1, "mean").item()) and math.isnan(slow(x, t, 0.1, "mean", -100).item())
    assert ls_ce(x, t, 0.1, "sum").item() == 0.0
