"""Shared by the activation problems (sigmoid, tanh, relu, leaky_relu, elu, gelu, silu,
softmax, log_softmax, activation_grads): the inputs every one of them is run on, a driver
that returns (y, x.grad) for a seeded upstream gradient, the check of both, and the
blocking of forbidden Tensor methods (`x.sigmoid()`), which the static scan and the
module patching of judge/guard.py cannot see."""
from __future__ import annotations

from contextlib import contextmanager

import numpy as np

from ..judge.spec import Case, compare

# (rtol, atol) by dtype of the expected answer. float32: a few ulp relative, and an
# absolute 1e-5 because saturated tails are float32 noise (gelu's tanh form at x = -5:
# torch's own gradient is 0, the true one -5.5e-7, an honest autograd one -1.1e-6; CUDA's
# erf/tanh/exp differ from the CPU's too). float64 is strict: it is where wrong constants
# and early saturation (clamping x to +-10) show.
TOL = {"torch.float32": (1e-5, 1e-5), "torch.float64": (1e-9, 1e-12)}

# -1000 and 1000 overflow exp() in both dtypes; 0 is exactly where the kinks are.
POINTS = np.array([-1000.0, -200.0, -100.0, -40.0, -20.0, -8.0, -3.0, -1.0, -0.5, -1e-3, -1e-7,
                   0.0, 1e-7, 1e-3, 0.5, 1.0, 3.0, 8.0, 20.0, 40.0, 100.0, 200.0, 1000.0])


def random_x(rng: np.random.Generator, shape, dtype, scale: float) -> np.ndarray:
    """Normal values of the given scale, with exact zeros and a few +-1000 sprinkled in."""
    x = rng.normal(0, scale, shape)
    m = rng.uniform(size=shape)
    x[m < 0.05] = 0.0
    x[(m >= 0.05) & (m < 0.07)] = 1000.0
    x[(m >= 0.07) & (m < 0.09)] = -1000.0
    return x.astype(dtype)


def elementwise_cases(rng, kwargs_list=({},)):
    """The inputs of an elementwise activation, once per keyword set in kwargs_list
    (e.g. each negative_slope); the first set also gets the empty and 0-d inputs."""
    f32, f64 = np.float32, np.float64
    first = dict(kwargs_list[0])
    yield Case("empty", (np.zeros(0, f32),), first)
    yield Case("0-d tensor", (np.array(0.75, f64),), first)
    for kw in kwargs_list:
        tag = ", ".join(f"{k}={v!r}" for k, v in kw.items())
        tag = f", {tag}" if tag else ""
        yield Case(f"-1000 .. 1000 and exact 0, float32{tag}", (POINTS.astype(f32),), dict(kw))
        yield Case(f"-1000 .. 1000 and exact 0, float64{tag}", (POINTS.astype(f64),), dict(kw))
    yield Case("[4,5] of zeros", (np.zeros((4, 5), f32),), first)
    params = [((50,), 1.0), ((20, 30), 3.0), ((2, 3, 8, 8), 10.0), ((1000,), 30.0), ((64, 33), 2.0), ((257,), 300.0)]
    for i, (shape, scale) in enumerate(params):
        kw = dict(kwargs_list[i % len(kwargs_list)])
        dt = (f32, f64)[i % 2]
        tag = "".join(f", {k}={v!r}" for k, v in kw.items())
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, scale {scale:g}{tag}",
                   (random_x(rng, shape, dt, scale),), kw, random=True)


def upstream(y):
    """The gradient fed into y.backward: seeded uniform values in [-1, 1), the same in the
    judge and the worker (a function of the shape only), so every element's gradient counts
    on its own and a softmax gradient is not hidden by a constant upstream (whose answer is 0)."""
    import torch

    g = torch.Generator().manual_seed(20260 + y.numel())
    u = torch.rand(y.shape, generator=g, dtype=torch.float64) * 2 - 1
    return u.to(dtype=y.dtype, device=y.device)


@contextmanager
def blocked_methods(names):
    """Tensor methods that are forbidden while the submission runs (x.sigmoid(), x.softmax(-1)).
    The reference runs under the same block, so it must not use them either."""
    if not names:
        yield
        return
    import torch

    from ..judge import guard

    saved = {n: torch.Tensor.__dict__.get(n) for n in names}
    for n in names:
        setattr(torch.Tensor, n, guard._blocker(f"torch.Tensor.{n}", getattr(torch.Tensor, n, None)))
    try:
        yield
    finally:
        for n, old in saved.items():
            if old is None:
                delattr(torch.Tensor, n)
            else:
                setattr(torch.Tensor, n, old)


def grad_driver(methods=()):
    """Call fn on a fresh leaf copy of x (requires_grad=True), backpropagate the seeded
    upstream gradient; returns (y, x.grad). x.grad is None when y is not a differentiable
    function of x (detached, numpy, .item(), ...)."""
    def driver(fn, args, kwargs):
        import torch

        x = args[0].detach().clone().requires_grad_(True)
        with blocked_methods(methods):
            y = fn(x, *args[1:], **kwargs)
            if isinstance(y, torch.Tensor) and y.requires_grad and y.is_floating_point():
                y.backward(upstream(y))
        if not isinstance(y, torch.Tensor):
            return y, None
        return y.detach(), x.grad
    return driver


def plain_driver(methods=()):
    """fn(*args, **kwargs) with the Tensor methods in `methods` blocked."""
    def driver(fn, args, kwargs):
        with blocked_methods(methods):
            return fn(*args, **kwargs)
    return driver


def tol(expected) -> tuple[float, float]:
    return TOL.get(getattr(expected, "dtype", ""), TOL["torch.float32"])


def grad_check(case, expected, got):
    """Check (y, x.grad): the value first, then the gradient autograd gives."""
    rtol, atol = tol(expected[0])
    if not isinstance(got, tuple) or len(got) != 2:
        return compare(expected, got, what="result")
    msg = compare(expected[0], got[0], rtol, atol, what="output")
    if msg:
        return located(msg, case, None)
    exp_g, got_g = expected[1], got[1]
    if got_g is None and exp_g is not None and exp_g.array.size == 0:
        return None  # an empty input: no gradient to compare
    if got_g is None:
        return ("x.grad is None after y.backward(grad_output): the output is not a differentiable "
                "function of x (no .detach(), .item(), .tolist(), numpy or torch.no_grad() on the way)")
    msg = compare(exp_g, got_g, rtol, atol, what="x.grad (by autograd, for a seeded grad_output)")
    return located(msg, case, exp_g) if msg else None


def located(msg: str, case, exp_g=None) -> str:
    """Name the input (and the upstream gradient) at the first differing index, so that
    'expected -0.109, got 0' reads as 'tanh'(0) * grad_output'."""
    import re

    m = re.search(r"at index \[([\d, ]+)\]", msg)
    x = np.asarray(case.args[0]) if case.args else None
    if x is None or (m is None and x.ndim):
        return msg
    idx = tuple(int(i) for i in m.group(1).split(",")) if m else ()
    try:
        where = f"x = {float(x[idx]):.6g}"
        if exp_g is not None:
            import torch

            g = upstream(torch.from_numpy(exp_g.array))[idx].item()
            where += f", grad_output = {g:.6g}"
    except (IndexError, ValueError):
        return msg
    at = m.group(0) if m else "differ"
    return msg.replace(at, f"{at} ({where})", 1)


# ------------------------------------------------------------ forbidden families
# Each function with its aliases: the torch.* and functional names, the nn module, the
# Tensor method, the internal bindings (torch._C._nn, torch._C._VariableFunctions) and
# the aten ops. Families are combined where one function gives another away
# (tanh(x) = 2 sigmoid(2x) - 1, relu(x) = leaky_relu(x, 0), softmax = exp(log_softmax)).

SIGMOID = ["torch.sigmoid", "torch.sigmoid_", "torch.nn.functional.sigmoid", "torch.special.expit",
           "torch._C._special.special_expit", "torch.nn.Sigmoid", "torch.nn.modules.activation.Sigmoid",
           "torch.Tensor.sigmoid", "torch.Tensor.sigmoid_", "torch._C._VariableFunctions.sigmoid*",
           "torch._foreach_sigmoid*", "torch.ops.aten.sigmoid*",
           # exp(logsigmoid(x)), exp(-softplus(-x)), glu([1, x]) are sigmoid in disguise
           "torch.nn.functional.logsigmoid", "torch._C._nn.log_sigmoid*", "torch.nn.LogSigmoid",
           "torch.nn.modules.activation.LogSigmoid", "torch.ops.aten.log_sigmoid*",
           "torch.nn.functional.softplus", "torch._C._nn.softplus*", "torch.nn.Softplus",
           "torch.nn.modules.activation.Softplus", "torch.ops.aten.softplus*",
           "torch.nn.functional.glu", "torch._C._nn.glu*", "torch.nn.GLU", "torch.nn.modules.activation.GLU"]
TANH = ["torch.tanh", "torch.tanh_", "torch.nn.functional.tanh", "torch.nn.Tanh", "torch.nn.modules.activation.Tanh",
        "torch.Tensor.tanh", "torch.Tensor.tanh_", "torch._C._VariableFunctions.tanh*", "torch._foreach_tanh*",
        "torch.ops.aten.tanh*",
        # x - tanhshrink(x) is tanh
        "torch.nn.functional.tanhshrink", "torch.nn.Tanhshrink", "torch.nn.modules.activation.Tanhshrink"]
RELU = ["torch.relu", "torch.relu_", "torch.nn.functional.relu", "torch.nn.functional.relu_", "torch.nn.ReLU",
        "torch.nn.modules.activation.ReLU", "torch.Tensor.relu", "torch.Tensor.relu_",
        "torch._C._VariableFunctions.relu*", "torch.ops.aten.relu*", "torch._add_relu*",
        "torch.threshold", "torch.threshold_", "torch.nn.functional.threshold", "torch.nn.functional.threshold_",
        "torch.nn.functional._threshold", "torch.nn.Threshold", "torch.nn.modules.activation.Threshold",
        "torch.ops.aten.threshold*", "torch.nn.functional.hardtanh", "torch.nn.functional.hardtanh_",
        "torch._C._nn.hardtanh*", "torch.nn.Hardtanh", "torch.nn.modules.activation.Hardtanh",
        "torch.nn.functional.relu6", "torch._C._nn.relu6*", "torch.nn.ReLU6", "torch.nn.modules.activation.ReLU6"]
LEAKY = ["torch.nn.functional.leaky_relu", "torch.nn.functional.leaky_relu_", "torch._C._nn.leaky_relu*",
         "torch.nn.LeakyReLU", "torch.nn.modules.activation.LeakyReLU", "torch.ops.aten.leaky_relu*",
         "torch.prelu", "torch._prelu_kernel", "torch.nn.functional.prelu", "torch.nn.PReLU",
         "torch.nn.modules.activation.PReLU", "torch.Tensor.prelu", "torch.ops.aten.*prelu*",
         "torch.rrelu", "torch.rrelu_", "torch.nn.functional.rrelu", "torch.nn.functional.rrelu_",
         "torch._C._nn.rrelu_with_noise*", "torch.nn.RReLU", "torch.nn.modules.activation.RReLU",
         "torch.ops.aten.rrelu*"]
ELU = ["torch.nn.functional.elu", "torch.nn.functional.elu_", "torch._C._nn.elu*", "torch.nn.ELU",
       "torch.nn.modules.activation.ELU", "torch.ops.aten.elu*", "torch.celu", "torch.celu_",
       "torch.nn.functional.celu", "torch.nn.functional.celu_", "torch.nn.CELU", "torch.nn.modules.activation.CELU",
       "torch.ops.aten.celu*"]
GELU = ["torch.nn.functional.gelu", "torch._C._nn.gelu*", "torch.nn.GELU", "torch.nn.modules.activation.GELU",
        "torch.ops.aten.gelu*"]
SILU = ["torch.nn.functional.silu", "torch._C._nn.silu*", "torch.nn.SiLU", "torch.nn.modules.activation.SiLU",
        "torch.ops.aten.silu*"]
SOFTMAX = ["torch.softmax", "torch._softmax", "torch._safe_softmax", "torch._masked_softmax",
           "torch.log_softmax", "torch._log_softmax", "torch.nn.functional.softmax", "torch.nn.functional.softmin",
           "torch.nn.functional.log_softmax", "torch.special.softmax", "torch.special.log_softmax",
           "torch._C._special.special_*softmax", "torch.nn.Softmax", "torch.nn.Softmin", "torch.nn.LogSoftmax",
           "torch.nn.Softmax2d", "torch.nn.modules.activation.*Softm*", "torch.Tensor.softmax",
           "torch.Tensor.log_softmax", "torch._C._VariableFunctions.*softmax*", "torch.ops.aten.*softmax*",
           # logsumexp is the whole stability trick of log_softmax (and exp(x - lse) is softmax)
           "torch.logsumexp", "torch.special.logsumexp", "torch._C._special.special_logsumexp",
           "torch.Tensor.logsumexp", "torch._C._VariableFunctions.logsumexp", "torch.ops.aten.logsumexp*",
           # Categorical(logits=x) normalises with logsumexp; attention with K = V = I is a softmax
           "torch.distributions.*", "torch.nn.functional.scaled_dot_product_attention"]
# activation_grads: derivatives by hand, no automatic differentiation of any kind
AUTOGRAD = ["torch.autograd", "torch.autograd.grad", "torch.autograd.backward", "torch.autograd.functional.*",
            "torch.autograd.forward_ad.*", "torch.autograd.gradcheck.*", "torch.Tensor.backward", "*.backward",
            "torch.*backward*", "torch.func.*", "torch._functorch.*", "functorch.*"]


def tensor_methods(forbidden) -> tuple[str, ...]:
    """The Tensor methods named in a forbidden list ("torch.Tensor.sigmoid" -> "sigmoid")."""
    return tuple(p.rsplit(".", 1)[1] for p in forbidden if p.startswith("torch.Tensor.") and "*" not in p)
