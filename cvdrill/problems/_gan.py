"""Shared by gan_losses and relativistic_losses: both take (real logits, fake logits) and
return (d_loss, g_loss), both judged on the two values and on autograd gradients."""
from __future__ import annotations

import numpy as np

from ..judge.spec import compare
from ._loss_grad import TOL, grad_scale

# the BCE family: each of these computes a whole term outright
FORBIDDEN = ["torch._C._VariableFunctions.binary_cross_entropy_with_logits", "torch._C._nn.binary_cross_entropy",
             "torch.ops.aten.binary_cross_entropy*", "torch.binary_cross_entropy_with_logits",
             "torch.nn.modules.loss.BCEWithLogitsLoss", "torch.nn.modules.loss.BCELoss",
             "torch.nn.functional.binary_cross_entropy_with_logits", "torch.nn.functional.binary_cross_entropy",
             "torch.nn.BCEWithLogitsLoss", "torch.nn.BCELoss"]


def make_driver(grads: list[tuple[int, int]]):
    """A driver calling fn(real, fake, ...) on fresh leaves and returning
    (d_loss, g_loss, *grads), where grads[k] = (which output 0/1, which input 0/1) is
    d output / d input by autograd (None when the output does not depend on it, or is not
    a differentiable 0-d tensor)."""
    def driver(fn, args, kwargs):
        import torch

        leaves = [a.detach().clone().requires_grad_(True) for a in args[:2]]
        out = fn(*leaves, *args[2:], **kwargs)
        if not (isinstance(out, (tuple, list)) and len(out) == 2
                and all(isinstance(o, torch.Tensor) for o in out)):
            return out
        res = []
        for o_i, a_i in grads:
            o = out[o_i]
            g = None
            if o.requires_grad and o.dim() == 0 and o.is_floating_point():
                (g,) = torch.autograd.grad(o, [leaves[a_i]], retain_graph=True, allow_unused=True)
            res.append(g)
        return (out[0].detach(), out[1].detach(), *res)
    return driver


def check_pair(names: tuple[str, str], grad_names: list[str], masks=None, hints=None):
    """A check of (d_loss, g_loss, *grads). `masks(case)` gives, per gradient, a boolean array
    of where it is compared (None: everywhere); `hints(case, name, expected, got)` may add a
    word on a value mismatch."""
    def check(case, expected, got):
        pair = f"({names[0]}, {names[1]})"
        if not isinstance(got, (tuple, list)):
            return f"returned {type(got).__name__}, expected a tuple {pair} of 0-d tensors"
        if len(got) != len(expected):  # the driver passed the answer on as it came
            if len(got) != 2:
                return f"returned {len(got)} values, expected 2: {pair}"
            return compare(expected[0], got[0], what=names[0]) or compare(expected[1], got[1], what=names[1])
        rtol, atol = TOL.get(getattr(expected[0], "dtype", ""), TOL["torch.float32"])
        for i, name in enumerate(names):
            msg = compare(expected[i], got[i], rtol, atol, what=name)
            if msg:
                if hints and "expected" in msg and getattr(got[i], "shape", None) == ():
                    msg += hints(case, name, expected, got)
                return msg
        ms = masks(case) if masks else [None] * len(grad_names)
        for k, gname in enumerate(grad_names):
            exp_g, got_g = expected[2 + k], got[2 + k]
            if exp_g is None:
                continue
            if got_g is None:
                return (f"{gname} is None: the loss is not a differentiable function of that input "
                        f"(no .detach(), .item(), numpy or Python floats on the way)")
            if ms[k] is not None and getattr(got_g, "shape", None) == exp_g.shape:
                got_g = _masked(got_g, exp_g, ms[k])
            msg = compare(exp_g, got_g, rtol, atol * grad_scale(exp_g.array), what=gname)
            if msg:
                return msg
        return None
    return check


def _masked(got_g, exp_g, mask):
    import copy

    out = copy.copy(got_g)
    out.array = np.where(np.broadcast_to(mask, exp_g.shape), got_g.array, exp_g.array).astype(got_g.array.dtype)
    return out


def logits(rng, shape, dtype, scale=3.0):
    return rng.normal(0, scale, shape).astype(dtype)
