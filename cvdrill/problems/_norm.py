"""Shared by the normalisation problems (layer_norm, group_norm, batch_norm_backward,
label_smoothing_cross_entropy): tolerances scaled by the size of the expected values, a
driver that backpropagates a seeded grad_output into x, weight and bias (passed by
position or by keyword), the check of the output and the three gradients, inputs whose
rows (or channels, or groups) each have their own mean and spread, and the forbidden
torch normalisation functions (each one gives the others away: layer_norm is a
group_norm with one group, an instance_norm is a batch_norm of a reshaped x, rms_norm of
x - mean is a layer_norm)."""
from __future__ import annotations

import numpy as np

from ..judge.spec import compare

# (rtol, atol) by dtype; atol is multiplied by max(1, largest |expected|) of each tensor.
# float32: with a row (group, channel) mean of 1000 the mean itself is only known to ~1e-4,
# which shifts every xhat; summed into weight.grad / dgamma, honest float32 answers (torch's
# and a two-pass one) differ by up to 2.2e-4 of the largest value over 40 seeds, so atol is
# 1e-3 there (elsewhere they agree to ~1e-6). float64 is strict (honest answers agree to
# ~1e-13): that is where every wrong formula shows.
TOL = {"torch.float32": (1e-4, 1e-3), "torch.float64": (1e-9, 1e-10)}


def tol(expected) -> tuple[float, float]:
    return TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])


def scaled_compare(expected, got, what: str):
    """compare() with the dtype's tolerance, atol multiplied by max(1, largest |expected|)."""
    rtol, atol = tol(expected)
    arr = getattr(expected, "array", None)
    scale = 1.0
    if isinstance(arr, np.ndarray) and arr.size and arr.dtype.kind == "f":
        finite = np.abs(arr[np.isfinite(arr)])
        scale = max(1.0, float(finite.max()) if finite.size else 1.0)
    return compare(expected, got, rtol, atol * scale, what=what)


# ------------------------------------------------------------ value and gradients

GRAD_NAMES = ("x", "weight", "bias")


def affine_grad_driver(weight_pos: int = 2, bias_pos: int = 3):
    """Call fn with fresh leaf copies (requires_grad=True) of x (argument 0) and of weight
    and bias (at these positions, or passed by keyword) when they are tensors; backpropagate
    the seeded grad_output of the activation problems (uniform in [-1, 1), a function of the
    output's shape). Returns (y, x.grad, weight.grad, bias.grad); a grad is None when that
    argument is None or the output does not depend on it through autograd."""
    def driver(fn, args, kwargs):
        import torch

        from ._activation import upstream

        args, kwargs = list(args), dict(kwargs)
        leaves = {}
        for name, pos in (("x", 0), ("weight", weight_pos), ("bias", bias_pos)):
            if pos < len(args) and isinstance(args[pos], torch.Tensor):
                args[pos] = args[pos].detach().clone().requires_grad_(True)
                leaves[name] = args[pos]
            elif isinstance(kwargs.get(name), torch.Tensor):
                kwargs[name] = kwargs[name].detach().clone().requires_grad_(True)
                leaves[name] = kwargs[name]
        y = fn(*args, **kwargs)
        if not isinstance(y, torch.Tensor):
            return (y, None, None, None)
        if y.requires_grad and y.is_floating_point():
            y.backward(upstream(y))
        return (y.detach(),) + tuple(leaves[n].grad if n in leaves else None for n in GRAD_NAMES)
    return driver


def affine_grad_check(case, expected, got):
    """Check (y, x.grad, weight.grad, bias.grad): the value first, then each gradient.
    A gradient of None is accepted where the expected one is empty or all zeros (autograd
    leaves .grad None when nothing flows: an empty batch answered without touching x)."""
    if not isinstance(got, tuple) or len(got) != 4:
        return compare(expected, got, what="result")
    msg = scaled_compare(expected[0], got[0], "output")
    if msg:
        return msg
    for name, exp_g, got_g in zip(GRAD_NAMES, expected[1:], got[1:]):
        if exp_g is None:
            continue
        if got_g is None:
            if not exp_g.array.any():
                continue
            return (f"{name}.grad is None after y.backward(grad_output): the output is not a differentiable "
                    f"function of `{name}` (no .detach(), .item(), .tolist(), numpy or torch.no_grad() "
                    f"on the way)")
        msg = scaled_compare(exp_g, got_g, f"{name}.grad (by autograd, for a seeded grad_output)")
        if msg:
            return msg
    return None


def tuple_check(names: tuple[str, ...]):
    """Check a tuple of tensors, each by its name, with the scaled tolerance."""
    def check(case, expected, got):
        if not isinstance(got, (tuple, list)) or len(got) != len(names):
            return compare(expected, got, what="result")
        for name, e, g in zip(names, expected, got):
            msg = scaled_compare(e, g, name)
            if msg:
                return msg
        return None
    return check


# ------------------------------------------------------------ inputs


def spread(rng: np.random.Generator, shape, axes, dtype, loc: float = 0.0, scale: float = 1.0) -> np.ndarray:
    """Normal values in which every index along `axes` (the rows, channels or groups that are
    normalised on their own) gets its own mean (loc + N(0, 1) * scale) and spread
    (scale * U(0.5, 2)): statistics taken over the wrong axes then show."""
    shape = tuple(shape)
    sub = tuple(shape[a] if a in axes else 1 for a in range(len(shape)))
    locs = loc + rng.normal(0, 1, sub) * scale
    scales = scale * rng.uniform(0.5, 2.0, sub)
    return (rng.normal(0, 1, shape) * scales + locs).astype(dtype)


def affine(rng: np.random.Generator, shape, dtype) -> tuple[np.ndarray, np.ndarray]:
    """weight in [0.5, 1.5), bias N(0, 0.5): a swapped or forgotten one shows."""
    return rng.uniform(0.5, 1.5, shape).astype(dtype), rng.normal(0, 0.5, shape).astype(dtype)


# ------------------------------------------------------------ forbidden
# Every torch normalisation function, in every spelling: the functional and torch.* names,
# the nn modules, the internal bindings (torch._C._VariableFunctions, torch._C._nn) and the
# aten ops. torch.norm, torch.var_mean, torch.std and torch.rsqrt stay allowed.
_NAMES = ("batch_norm", "instance_norm", "layer_norm", "group_norm", "rms_norm")
NORMS = (
    [f"torch.nn.functional.{n}" for n in _NAMES]
    + [f"torch.{n}" for n in _NAMES]
    + [f"torch._C._VariableFunctions.{n}" for n in _NAMES]
    + [f"torch._C._nn.{n}" for n in _NAMES]
    + ["torch.native_batch_norm", "torch.native_layer_norm", "torch.native_group_norm",
       "torch._native_batch_norm_legit*", "torch._batch_norm_impl_index", "torch.batch_norm_*",
       "torch.cudnn_batch_norm", "torch.miopen_batch_norm", "torch._fused_rms_norm", "torch.quantized_batch_norm",
       "torch._C._VariableFunctions.*batch_norm*", "torch._C._VariableFunctions.native_*_norm",
       "torch._C._VariableFunctions._fused_rms_norm", "torch.ops.aten.*batch_norm*", "torch.ops.aten.*layer_norm*",
       "torch.ops.aten.*group_norm*", "torch.ops.aten.*instance_norm*", "torch.ops.aten.*rms_norm*",
       "torch.nn.modules.batchnorm.*", "torch.nn.modules.instancenorm.*", "torch.nn.modules.normalization.*",
       "torch.nn.BatchNorm*", "torch.nn.LazyBatchNorm*", "torch.nn.SyncBatchNorm", "torch.nn.InstanceNorm*",
       "torch.nn.LazyInstanceNorm*", "torch.nn.LayerNorm", "torch.nn.GroupNorm", "torch.nn.RMSNorm"]
)
