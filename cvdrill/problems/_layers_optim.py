"""Shared by the layers_optim problems (conv_transpose2d, upsample_nearest, im2col,
sgd_momentum_step, adam_step, adamw_step, cosine_lr_with_warmup): tolerances scaled by
the size of the expected values, a driver that backpropagates into several arguments,
and a driver that rejects answers which modify their tensor inputs in place."""
from __future__ import annotations

import numpy as np

from ..judge.spec import compare


def scaled_compare(expected, got, rtol: float, atol: float, what: str):
    """compare() with the absolute tolerance multiplied by max(1, largest |expected|):
    sums of many O(1) products carry an error proportional to their size."""
    arr = getattr(expected, "array", None)
    scale = 1.0
    if isinstance(arr, np.ndarray) and arr.size and arr.dtype.kind == "f":
        finite = np.abs(arr[np.isfinite(arr)])
        scale = max(1.0, float(finite.max()) if finite.size else 1.0)
    return compare(expected, got, rtol, atol * scale, what=what)


def relative_compare(expected, got, rtol: float, atol: float, what: str):
    """compare() with atol multiplied by the largest |expected| of that tensor (at least
    the smallest normal number): optimizer states can be ~1e-10 and must still be checked."""
    arr = getattr(expected, "array", None)
    scale = 1.0
    if isinstance(arr, np.ndarray) and arr.size and arr.dtype.kind == "f":
        finite = np.abs(arr[np.isfinite(arr)])
        scale = max(float(finite.max()) if finite.size else 0.0, float(np.finfo(arr.dtype).tiny))
    return compare(expected, got, rtol, atol * scale, what=what)


def grad_driver(grad_positions: dict):
    """Call fn with fresh leaf copies of the tensor arguments at `grad_positions`
    ({position: name}), backpropagate a seeded upstream gradient (the activation problems'
    `upstream`, a function of the output's shape), and return (output, {name: grad}).
    A grad is None when the output does not depend on that argument through autograd."""
    def driver(fn, args, kwargs):
        import torch

        from ._activation import upstream

        args = list(args)
        leaves = {}
        for pos, name in grad_positions.items():
            if pos < len(args) and isinstance(args[pos], torch.Tensor):
                args[pos] = args[pos].detach().clone().requires_grad_(True)
                leaves[name] = args[pos]
        y = fn(*args, **kwargs)
        if not isinstance(y, torch.Tensor):
            return y, None
        if y.requires_grad and y.is_floating_point():
            y.backward(upstream(y))
        return y.detach(), {name: leaf.grad for name, leaf in leaves.items()}
    return driver


def grad_check(tol: dict, name_of_output: str = "output"):
    """Check (output, {name: grad}): the output first, then each gradient by autograd.
    tol maps a dtype name to (rtol, atol); atol is scaled as in scaled_compare. When the
    output is empty, the gradients are not compared (None or zeros are both fine)."""
    def check(case, expected, got):
        rtol, atol = tol.get(getattr(expected[0], "dtype", ""), tol["torch.float32"])
        if not isinstance(got, tuple) or len(got) != 2:
            return compare(expected, got, what="result")
        msg = scaled_compare(expected[0], got[0], rtol, atol, name_of_output)
        if msg or expected[0].array.size == 0:
            return msg
        grads = got[1] or {}
        for name, exp_g in expected[1].items():
            got_g = grads.get(name)
            if exp_g is None:
                continue
            if got_g is None:
                return (f"{name}.grad is None after output.backward(grad_output): the output is not a "
                        f"differentiable function of `{name}` (no .detach(), .item(), numpy or "
                        f"torch.no_grad() on the way)")
            msg = scaled_compare(exp_g, got_g, rtol, atol, f"{name}.grad (by autograd, for a seeded grad_output)")
            if msg:
                return msg
        return None
    return check


MODIFIED = "inputs modified in place"


def _flat_tensors(value, name):
    """(label, tensor) for every tensor in an argument (a tensor, or a list of tensors)."""
    import torch

    if isinstance(value, torch.Tensor):
        return [(name, value)]
    if isinstance(value, (list, tuple)):
        return [(f"{name}[{i}]", v) for i, v in enumerate(value) if isinstance(v, torch.Tensor)]
    return []


def no_inplace_driver(arg_names):
    """Call fn; its answer, or (MODIFIED, [labels]) when it changed a tensor argument
    (or a tensor in a list argument) in place."""
    def driver(fn, args, kwargs):
        import torch

        named = [(arg_names[i] if i < len(arg_names) else f"arg{i}", a) for i, a in enumerate(args)]
        named += list(kwargs.items())
        watched = [(label, t, t.clone()) for name, a in named for label, t in _flat_tensors(a, name)]
        out = fn(*args, **kwargs)
        changed = [label for label, t, before in watched
                   if not (t.shape == before.shape and torch.equal(t, before))]
        return (MODIFIED, changed) if changed else out
    return driver


def modified_message(got):
    if isinstance(got, tuple) and len(got) == 2 and got[0] == MODIFIED:
        return (f"modified its input {', '.join(got[1])} in place: return new tensors "
                f"and leave the inputs unchanged")
    return None


# ------------------------------------------------------------ optimizer steps

# (rtol, atol) by dtype; atol is multiplied by the largest |value| of each expected tensor,
# so that tiny second moments (~1e-14) are still checked: the reference and torch's own
# kernels (lerp, addcmul, fused multiply-adds) agree to a few ulp.
OPT_TOL = {"torch.float32": (1e-5, 1e-6), "torch.float64": (1e-10, 1e-12)}


def state_check(names):
    """Check a tuple of lists of tensors (new_params, new_buffers, ...) named `names`,
    tensor by tensor; an expected None (no buffers) must come back as None."""
    def check(case, expected, got):
        msg = modified_message(got)
        if msg:
            return msg
        if not isinstance(got, (tuple, list)) or len(got) != len(names):
            return (f"returned {type(got).__name__ if not isinstance(got, (tuple, list)) else f'{len(got)} values'}, "
                    f"expected a tuple ({', '.join(names)})")
        for name, exp_list, got_list in zip(names, expected, got):
            if exp_list is None:
                if got_list is not None:
                    return f"{name}: expected None (momentum = 0 keeps no buffers), got {type(got_list).__name__}"
                continue
            if not isinstance(got_list, (tuple, list)):
                return f"{name}: returned {'None' if got_list is None else type(got_list).__name__}, expected a list of {len(exp_list)} tensors"
            if len(got_list) != len(exp_list):
                return f"{name}: returned {len(got_list)} tensors, expected {len(exp_list)} (one per parameter)"
            for i, (e, g) in enumerate(zip(exp_list, got_list)):
                rtol, atol = OPT_TOL.get(getattr(e, "dtype", ""), OPT_TOL["torch.float32"])
                msg = relative_compare(e, g, rtol, atol, f"{name}[{i}]")
                if msg:
                    return msg
        return None
    return check


def param_shapes(rng, k=3):
    """A few parameter shapes as a network has them: a conv weight, a bias, a matrix."""
    pool = [(4, 3, 3, 3), (4,), (5, 6), (7,), (2, 3, 4), (10,), (3, 3)]
    return [pool[i] for i in rng.choice(len(pool), size=k, replace=False)]


def tensors(rng, shapes, dtype, scale=1.0, zeros=0.0):
    out = []
    for s in shapes:
        a = rng.normal(0, scale, s)
        if zeros:
            a[rng.uniform(size=s) < zeros] = 0.0
        out.append(np.asarray(a, dtype))
    return out


def adam_state(rng, shapes, dtype, step, grad_scale=1.0):
    """Moments as t - 1 earlier steps leave them: zeros before the first step, else a first
    moment and a non-negative second moment of the gradients' size."""
    if step == 1:
        return [np.zeros(s, dtype) for s in shapes], [np.zeros(s, dtype) for s in shapes]
    m = [np.asarray(rng.normal(0, 0.5 * grad_scale, s), dtype) for s in shapes]
    v = [np.asarray(rng.uniform(0, 1, s) * grad_scale ** 2, dtype) for s in shapes]
    return m, v


def adam_cases(rng, decoupled: bool):
    """The cases of adam_step (decoupled=False) and adamw_step (True): args are
    (params, grads, exp_avgs, exp_avg_sqs, step), keywords lr, betas, eps, weight_decay."""
    from ..judge.spec import Case

    f32, f64 = np.float32, np.float64

    def case(name, dtype, step, shapes=None, grad_scale=1.0, random=False, **kw):
        shapes = shapes or param_shapes(rng)
        params = tensors(rng, shapes, dtype)
        grads = tensors(rng, shapes, dtype, grad_scale, zeros=0.1)
        m, v = adam_state(rng, shapes, dtype, step, grad_scale)
        return Case(name, (params, grads, m, v, step), kw, random=random)

    wd = "weight_decay"
    yield case("first step (t = 1, zero moments): each update is about lr * sign(g)", f64, 1, lr=0.1)
    yield case("first step, float32, default hyper-parameters", f32, 1)
    yield case("t = 2", f64, 2, lr=0.01)
    yield case("t = 10, betas (0.5, 0.9)", f64, 10, lr=0.05, betas=(0.5, 0.9))
    yield case("t = 1000 (bias corrections near 1)", f32, 1000, lr=1e-3)
    yield case("first step, gradients ~1e-7: eps added after the bias correction", f64, 1, grad_scale=1e-7, lr=0.1)
    yield case("t = 3, eps = 1e-3 (outside the square root)", f64, 3, grad_scale=1e-2, lr=0.1, eps=1e-3)
    if decoupled:
        yield case("default weight_decay 0.01: p *= 1 - lr * 0.01 before the update", f64, 5, lr=0.1)
        yield case("weight_decay 0 (plain Adam)", f64, 4, lr=0.1, **{wd: 0.0})
        yield case("weight_decay 0.5, lr 0.1, first step", f64, 1, lr=0.1, **{wd: 0.5})
        yield case("lr 0: nothing changes but the moments", f64, 7, lr=0.0, **{wd: 0.3})
    else:
        yield case("weight_decay 0.1: L2, added to the gradient (enters m and v)", f64, 5, lr=0.1, **{wd: 0.1})
        yield case("weight_decay 0.5, first step", f64, 1, lr=0.1, **{wd: 0.5})
        yield case("lr 0: nothing changes but the moments", f64, 7, lr=0.0, **{wd: 0.3})
    yield case("a 0-d parameter and an empty one", f64, 2, shapes=[(), (0,), (3,)], lr=0.1)
    params = [  # dtype, step, grad scale, keywords
        (f32, 1, 1.0, {"lr": 1e-3}),
        (f64, 50, 0.1, {"lr": 3e-4, "betas": (0.8, 0.99)}),
        (f32, 7, 10.0, {"lr": 0.01, wd: 1e-2}),
        (f64, 2, 1e-3, {"lr": 0.1, "eps": 1e-6}),
        (f32, 300, 1.0, {"lr": 0.05, wd: 0.1}),
        (f64, 20000, 1.0, {"lr": 1e-3}),
    ]
    for dt, step, gs, kw in params:
        opts = "".join(f", {k}={v}" for k, v in kw.items())
        yield case(f"random, t={step}, gradients ~{gs:g}{opts}, {np.dtype(dt).name}", dt, step, grad_scale=gs,
                   random=True, **kw)


OPTIM_FORBIDDEN = ["torch.optim.*", "torch._foreach_*", "torch._fused_*", "torch._C._VariableFunctions._foreach_*",
                   "torch._C._VariableFunctions._fused_*", "torch.ops.aten._foreach_*", "torch.ops.aten._fused_*"]
