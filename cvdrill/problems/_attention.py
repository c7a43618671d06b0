"""Shared by the attention problems (scaled_dot_product_attention, multi_head_attention,
sinusoidal_position_encoding, patch_embed): tolerances by dtype, a driver that returns an
output with the autograd gradients of several inputs, its check, mask generators, and
the forbidden names of torch's attention routines."""
from __future__ import annotations

import numpy as np

from ..judge.spec import compare

# (rtol, atol) by dtype of the expected answer; atol is multiplied by max(1, the largest
# |expected value|). Scores of a few hundred (q and k of magnitude 10) are rounded by
# float32 to ~1e-5, and torch's own answer (q and k each scaled by sqrt(scale) before the
# product) differs from q k^T * scale by up to 7e-5 in gradients of magnitude ~50.
TOL = {"torch.float32": (1e-4, 1e-5), "torch.float64": (1e-9, 1e-10)}


def tol(expected) -> tuple[float, float]:
    return TOL.get(str(getattr(expected, "dtype", "")), TOL["torch.float32"])


def magnitude(expected) -> float:
    """max(1, max |finite value|) of an expected tensor (what atol is multiplied by)."""
    a = getattr(expected, "array", None)
    if a is None or a.size == 0 or a.dtype.kind != "f":
        return 1.0
    a = np.abs(a[np.isfinite(a)])
    return max(1.0, float(a.max()) if a.size else 0.0)


def close_scaled(what: str = "output", names: tuple[str, ...] = ()):
    """A check: values close within TOL, atol scaled by the expected magnitude; tuples
    (output, weights) compared item by item (named by `names`), None where None is expected."""
    def check(case, expected, got):
        if isinstance(expected, tuple):
            if not isinstance(got, (tuple, list)) or len(got) != len(expected):
                return compare(expected, got, what="result")
            for i, (e, g) in enumerate(zip(expected, got)):
                rtol, atol = tol(e)
                name = names[i] if i < len(names) else f"result[{i}]"
                msg = compare(e, g, rtol, atol * magnitude(e), what=name)
                if msg:
                    return msg
            return None
        rtol, atol = tol(expected)
        return compare(expected, got, rtol, atol * magnitude(expected), what=what)
    return check


# ------------------------------------------------------------ forbidden families

F_ = "torch.nn.functional"
SDPA = [f"{F_}.scaled_dot_product_attention", "torch._C._nn.scaled_dot_product_attention",
        "torch._scaled_dot_product*", "torch._C._VariableFunctions._scaled_dot_product*",
        "torch._fused_sdp_choice", "torch._efficient_attention*", "torch._flash_attention*",
        "torch._cudnn_attention*", "torch.ops.aten.*attention*", "torch.ops.aten.*sdpa*",
        "torch.ops.aten._safe_softmax*", "torch.ops.aten._masked_softmax*",
        # the zero rows of a fully masked query are _safe_softmax's doing: write them out
        "torch._safe_softmax", "torch._masked_softmax", "torch._C._VariableFunctions._safe_softmax",
        "torch._C._VariableFunctions._masked_softmax",
        "torch.nn.attention.flex_attention.*", "torch.nn.attention.varlen.*"]
MHA = ["torch.nn.MultiheadAttention", "torch.nn.modules.activation.MultiheadAttention",
       f"{F_}.multi_head_attention_forward", f"{F_}._in_projection*", "torch._native_multi_head_attention",
       "torch._C._VariableFunctions._native_multi_head_attention", "torch._transformer_encoder_layer_fwd",
       "torch.nn.Transformer*", "torch.nn.modules.transformer.*", "torch.ops.aten.*multi_head*"]


# ------------------------------------------------------------ gradients of several inputs


def upstream(y):
    """The gradient fed into y.backward: seeded uniform values in [-1, 1), a function of
    the shape only, the same in the judge and the worker."""
    import torch

    g = torch.Generator().manual_seed(20261 + y.numel())
    u = torch.rand(y.shape, generator=g, dtype=torch.float64) * 2 - 1
    return u.to(dtype=y.dtype, device=y.device)


def grad_driver(n_inputs: int):
    """Call fn with fresh leaf copies (requires_grad=True) of its first n_inputs arguments,
    backpropagate the seeded upstream gradient; returns (y, grad_1, ..., grad_n). A
    gradient is None when y does not depend on that input through autograd."""
    def driver(fn, args, kwargs):
        import torch

        leaves = [a.detach().clone().requires_grad_(True) for a in args[:n_inputs]]
        y = fn(*leaves, *args[n_inputs:], **kwargs)
        if not isinstance(y, torch.Tensor):
            return (y,) + (None,) * n_inputs
        if y.requires_grad and y.is_floating_point():
            y.backward(upstream(y))
        return (y.detach(),) + tuple(x.grad for x in leaves)
    return driver


def grad_check(names: list[str]):
    """A check of (output, grad of names[0], ...): the value first, then each gradient.
    A None gradient stands for zeros (autograd never reached that input), which is right
    only where the expected gradient is all zeros (an empty key, say)."""
    def check(case, expected, got):
        rtol, atol = tol(expected[0])
        if not isinstance(got, tuple) or len(got) != len(expected):
            return compare(expected[0], got, rtol, atol, what="output")
        msg = compare(expected[0], got[0], rtol, atol * magnitude(expected[0]), what="output")
        if msg:
            return msg
        for name, e, g in zip(names, expected[1:], got[1:]):
            if g is None:
                if e is None or not np.any(e.array):
                    continue
                return (f"{name}.grad is None after output.backward(grad_output): the output is not a "
                        f"differentiable function of {name} (no .detach(), .item(), numpy or "
                        f"torch.no_grad() on the way)")
            msg = compare(e, g, rtol, atol * magnitude(e), what=f"{name}.grad (by autograd, for a seeded grad_output)")
            if msg:
                return msg
        return None
    return check


# ------------------------------------------------------------ masks


def keep_mask(rng: np.random.Generator, shape, p_keep: float = 0.7, row_alive: bool = True) -> np.ndarray:
    """A boolean mask (True = takes part); with row_alive, every row along the last axis
    keeps at least one True."""
    m = rng.uniform(size=shape) < p_keep
    if row_alive and shape[-1] > 0:
        flat = m.reshape(-1, shape[-1])
        idx = rng.integers(0, shape[-1], flat.shape[0])
        flat[np.arange(flat.shape[0]), idx] = True
        m = flat.reshape(shape)
    return m
