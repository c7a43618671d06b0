"""Shared by the loss problems. For those judged with their gradient (l1_loss, mse_loss,
bce_with_logits, cross_entropy): a driver that returns (output, input.grad) and a check
that compares both, with a tolerance chosen by dtype. For the elementwise ones: a shrink
that flattens before cutting rows."""
from __future__ import annotations

import copy

import numpy as np

from ..judge.spec import Case, compare

# (rtol, atol) by dtype of the expected answer
TOL = {"torch.float32": (1e-4, 1e-5), "torch.float64": (1e-7, 1e-8)}  # float64: room for softplus's threshold (exact to ~2e-9)


def upstream(out):
    """The gradient fed into out.backward: 1 for a scalar; for reduction="none" a fixed
    pattern 1, 1.25, ..., 2 (exact in binary), so each element's gradient is seen on its own."""
    import torch

    if out.dim() == 0:
        return torch.ones_like(out)
    w = 1 + (torch.arange(out.numel(), device=out.device) % 5).to(out.dtype) * 0.25
    return w.reshape(out.shape)


def grad_driver(fn, args, kwargs):
    """Call fn with a fresh leaf `input` (the first argument) and backpropagate; returns
    (output, input.grad). input.grad is None when the output is not a differentiable
    function of the input (detached, computed in numpy or Python floats, ...)."""
    import torch

    x = args[0].detach().clone().requires_grad_(True)
    out = fn(x, *args[1:], **kwargs)
    if not isinstance(out, torch.Tensor):
        return out, None
    if out.requires_grad and out.is_floating_point():
        out.backward(upstream(out))
    return out.detach(), x.grad


def _tol(expected) -> tuple[float, float]:
    return TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])


def grad_scale(g: np.ndarray) -> float:
    """What a gradient's absolute tolerance is multiplied by: its largest finite value
    (a mean's gradients are O(1/N)), but at least 1/N, since where every gradient is
    ~1e-14 (saturated logits, a discriminator that wins) float32 rounds them to 0."""
    a = np.abs(g[np.isfinite(g)])
    return max(float(a.max()) if a.size else 0.0, 1.0 / max(g.size, 1))


def grad_check(grad_mask=None, name: str = "input"):
    """A check of (output, <name>.grad), `name` being the first parameter. `grad_mask(case)`
    (optional) gives a boolean array: where the gradient is compared (elsewhere any value
    is accepted)."""
    def check(case, expected, got):
        rtol, atol = _tol(expected[0])
        if not isinstance(got, tuple) or len(got) != 2:
            return compare(expected, got, what="result")
        msg = compare(expected[0], got[0], rtol, atol, what="output")
        if msg:
            return msg
        exp_g, got_g = expected[1], got[1]
        if got_g is None:
            return (f"{name}.grad is None after output.backward(): the result is not a differentiable "
                    f"function of `{name}` (no .detach(), .item(), .tolist() or numpy on the way)")
        if grad_mask is not None and getattr(got_g, "shape", None) == exp_g.shape:
            mask = np.broadcast_to(grad_mask(case), exp_g.shape)
            got_g = copy.copy(got_g)
            got_g.array = np.where(mask, got_g.array, exp_g.array).astype(got_g.array.dtype)
        return compare(exp_g, got_g, rtol, atol * grad_scale(exp_g.array), what=f"{name}.grad (by autograd)")
    return check


def shrink_flat(*positions: int):
    """Shrinking for elementwise losses: a multi-dim case is first flattened (the loss of
    an element does not depend on the shape), then rows are halved / left out."""
    from ..judge.spec import Case, shrink_rows

    rows = shrink_rows(*positions)

    def shrink(case):
        first = case.args[positions[0]]
        if first.ndim > 1:
            args = list(case.args)
            for p in positions:
                args[p] = np.ascontiguousarray(case.args[p].reshape(-1))
            return [Case(f"{case.name} (flattened)", tuple(args), dict(case.kwargs), random=True)] + rows(case)
        if first.ndim == 0:
            return []
        return rows(case)
    return shrink


def _pair(rng, shape, dtype, ties=0.0):
    x = rng.normal(0, 2, shape)
    y = rng.normal(0, 2, shape)
    if ties:  # some targets equal to the input: zero differences (sign(0) = 0 for L1)
        m = rng.uniform(size=shape) < ties
        y[m] = x[m]
    return x.astype(dtype), y.astype(dtype)


def regression_cases(rng):
    """Cases shared by l1_loss and mse_loss: reductions, empty and 0-d inputs, ties, shapes."""
    f32, f64 = np.float32, np.float64
    for r in ("none", "mean", "sum"):
        yield Case(f"empty, reduction={r}", (np.zeros(0, f32), np.zeros(0, f32)), {"reduction": r})
    yield Case("default reduction (mean)", _pair(rng, (5,), f64))
    yield Case("one element", (np.array([1.5], f32), np.array([-0.25], f32)), {"reduction": "sum"})
    yield Case("0-d tensors", (np.array(2.0, f64), np.array(3.5, f64)), {"reduction": "none"})
    tie_x = np.array([-1.0, 0.0, 2.0, 3.0, -4.0, 0.5], f32)
    tie_y = np.array([-1.0, 1.0, 2.0, 0.0, -4.0, 0.5], f32)
    yield Case("input == target at some elements", (tie_x, tie_y), {"reduction": "none"})
    yield Case("input == target everywhere", (tie_x, tie_x.copy()), {"reduction": "mean"})
    yield Case("[N,C,H,W], mean over every element", _pair(rng, (2, 3, 4, 5), f32), {"reduction": "mean"})
    shapes = [(7,), (33, 5), (4, 3, 8, 8), (1000,), (64, 257), (3, 1, 50)]
    for i, shape in enumerate(shapes):
        dt = (f32, f64)[i % 2]
        for r in ("none", "mean", "sum"):
            yield Case(f"random {list(shape)} {np.dtype(dt).name}, reduction={r}",
                       _pair(rng, shape, dt, ties=0.1), {"reduction": r}, random=True)
