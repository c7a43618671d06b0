"""Shared by test_oracle_diou_loss.py and test_oracle_ciou_loss.py: the reference against
torchvision's goldens (loss and both gradients), and against a pair-by-pair scalar
implementation in float64 (math for the value, autograd on 0-d tensors for the gradients)
on every judged case."""
import math

import numpy as np
import torch

from cvdrill.judge.run import case_rng, load_problem, load_reference
from cvdrill.problems import _tvdet as T
from oracle_detection import golden_cases

TOL = {np.dtype(np.float32): dict(rtol=1e-4, atol=1e-5), np.dtype(np.float64): dict(rtol=1e-9, atol=1e-11)}


def pair_loss(a, b, complete, eps):
    """One pair of boxes (8 0-d float64 tensors or floats), the paper's formulas one by one."""
    x1, y1, x2, y2 = a
    u1, v1, u2, v2 = b
    iw, ih = min(x2, u2) - max(x1, u1), min(y2, v2) - max(y1, v1)
    inter = iw * ih if (iw > 0 and ih > 0) else 0.0 * iw
    union = (x2 - x1) * (y2 - y1) + (u2 - u1) * (v2 - v1) - inter
    diou_eps = 1e-7 if complete else eps  # torchvision's ciou calls the DIoU helper without eps
    iou = inter / (union + diou_eps)
    diag = (max(x2, u2) - min(x1, u1)) ** 2 + (max(y2, v2) - min(y1, v1)) ** 2 + diou_eps
    centre = ((x1 + x2) / 2 - (u1 + u2) / 2) ** 2 + ((y1 + y2) / 2 - (v1 + v2) / 2) ** 2
    loss = 1 - iou + centre / diag
    if complete:
        atan = torch.atan if isinstance(x1, torch.Tensor) else math.atan
        v = 4 / math.pi ** 2 * (atan((u2 - u1) / (v2 - v1)) - atan((x2 - x1) / (y2 - y1))) ** 2
        vf, iouf = (float(t.detach()) if isinstance(t, torch.Tensor) else t for t in (v, iou))
        alpha = vf / (1 - iouf + vf + eps)  # a constant
        loss = loss + alpha * v
    return loss


def slow(b1, b2, reduction="none", eps=1e-7, complete=False):
    """(loss, grad1, grad2) in float64, backpropagating the judge's weights."""
    a = torch.from_numpy(np.atleast_2d(b1).astype(np.float64))
    b = torch.from_numpy(np.atleast_2d(b2).astype(np.float64))
    losses, g1, g2 = [], np.zeros(a.shape), np.zeros(b.shape)
    n = a.shape[0]
    w = T.loss_upstream(torch.zeros(n if reduction == "none" and b1.ndim == 2 else ())).numpy().reshape(-1)
    for i in range(n):
        pa = [t.clone().requires_grad_(True) for t in a[i]]
        pb = [t.clone().requires_grad_(True) for t in b[i]]
        li = pair_loss(pa, pb, complete, eps)
        weight = w[i] if reduction == "none" else (1.0 / n if reduction == "mean" else 1.0)
        (li * weight).backward()
        losses.append(li.item())
        g1[i] = [t.grad.item() if t.grad is not None else 0.0 for t in pa]
        g2[i] = [t.grad.item() if t.grad is not None else 0.0 for t in pb]
    losses = np.array(losses)
    val = {"none": losses, "sum": losses.sum(), "mean": losses.mean() if n else 0.0}[reduction]
    if b1.ndim == 1:
        return np.asarray(val).reshape(()), g1[0], g2[0]
    return np.asarray(val), g1, g2


def check_golden(golden, op):
    ref = load_reference(op, op)
    cases = golden_cases(golden, op)
    assert len(cases) >= 20
    for name, c in cases.items():
        b1 = torch.from_numpy(c["boxes1"]).requires_grad_(True)
        b2 = torch.from_numpy(c["boxes2"]).requires_grad_(True)
        loss = ref(b1, b2, str(c["reduction"]), float(c["eps"]))
        assert loss.dtype == b1.dtype and loss.shape == c["loss"].shape, name
        if loss.numel():
            loss.backward(torch.from_numpy(c["upstream"]))
        t = TOL[c["boxes1"].dtype]
        np.testing.assert_allclose(loss.detach().numpy(), c["loss"], **t, err_msg=f"golden {op}/{name} loss")
        if c["boxes1"].size and loss.numel():
            smooth = ~T.kinks(c["boxes1"], c["boxes2"])[..., None]
            for g, want, what in ((b1.grad, c["grad1"], "grad1"), (b2.grad, c["grad2"], "grad2")):
                scale = max(np.abs(want).max(), 1e-3)
                np.testing.assert_allclose(np.where(smooth, g.numpy(), want), want, rtol=t["rtol"],
                                           atol=t["atol"] * scale, err_msg=f"golden {op}/{name} {what}")


def check_every_case(op, complete):
    problem = load_problem(op)
    ref = load_reference(op, op)
    for case in problem.cases(case_rng(2026, op)):
        b1, b2 = case.args[:2]
        kw = dict(zip(("reduction", "eps"), case.args[2:]), **case.kwargs)
        loss, g1, g2 = problem.run(ref, (torch.from_numpy(b1), torch.from_numpy(b2)) + tuple(case.args[2:]),
                                   dict(case.kwargs))
        want, w1, w2 = slow(b1, b2, complete=complete, **kw)
        t = TOL[b1.dtype]
        assert loss.shape == want.shape and loss.dtype == torch.from_numpy(b1).dtype, case.name
        np.testing.assert_allclose(loss.numpy(), want, **t, err_msg=case.name)
        if b1.size == 0:
            continue
        smooth = ~T.kinks(b1, b2)[..., None]
        for g, want_g in ((g1, w1), (g2, w2)):
            scale = max(np.abs(want_g).max(), 1e-3)
            np.testing.assert_allclose(np.where(smooth, g.numpy(), want_g), want_g, rtol=t["rtol"] * 10,
                                       atol=t["atol"] * scale, err_msg=case.name)
