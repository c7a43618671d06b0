"""activation_grads: the derivatives of seven activations, by hand (no autograd), with
torch's autograd values at the kinks."""
import functools

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows
from . import _activation as A

KEYS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu", "silu")


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("empty", (np.zeros(0, f32),))
    yield Case("0-d tensor", (np.array(-0.5, f64),))
    yield Case("-1000 .. 1000 and exact 0, float32", (A.POINTS.astype(f32),))
    yield Case("-1000 .. 1000 and exact 0, float64", (A.POINTS.astype(f64),))
    yield Case("exact zeros (the kinks)", (np.zeros((2, 3), f64),))
    for i, (shape, scale) in enumerate([((50,), 1.0), ((20, 30), 3.0), ((2, 3, 8, 8), 10.0), ((1000,), 30.0),
                                        ((64, 33), 2.0), ((257,), 300.0)]):
        dt = (f32, f64)[i % 2]
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, scale {scale:g}",
                   (A.random_x(rng, shape, dt, scale),), random=True)


def check(case, expected, got):
    if not isinstance(got, dict):
        kind = "None" if got is None else f"a {type(got).__name__}"
        return f"returned {kind}, expected a dict with the keys {', '.join(map(repr, KEYS))}"
    missing = [k for k in KEYS if k not in got]
    extra = [k for k in got if k not in KEYS]
    if missing or extra:
        parts = [f"missing {', '.join(map(repr, missing))}"] if missing else []
        parts += [f"unexpected {', '.join(map(repr, extra))}"] if extra else []
        return f"the dict's keys: {'; '.join(parts)} (expected exactly {', '.join(map(repr, KEYS))})"
    for k in KEYS:
        rtol, atol = A.tol(expected[k])
        msg = compare(expected[k], got[k], rtol, atol, what=f"result[{k!r}]")
        if msg:
            return A.located(msg, case)
    return None


def _grads(x):
    """The right derivatives, from the reference itself (the variants change one or two);
    called in the judge's process only, where the reference may be read."""
    return dict(_reference()(x))


@functools.lru_cache(maxsize=1)
def _reference():
    from ..judge.run import load_reference

    return load_reference("activation_grads", "activation_grads")


def _with(**changes):
    """activation_grads with some keys computed another way: changes[key](x)."""
    def fn(x):
        d = _grads(x)
        d.update({k: f(x) for k, f in changes.items()})
        return d
    return fn


def _gelu_tanh_form(x):
    import math

    import torch

    k = math.sqrt(2 / math.pi)
    u = torch.tanh(k * (x + 0.044715 * x ** 3))
    return 0.5 * (1 + u) + 0.5 * x * (1 - u * u) * k * (1 + 3 * 0.044715 * x * x)


def _sigmoid(x):
    import torch

    return torch.sigmoid(x)


def _ge_zero(low):
    def fn(x):
        import torch

        return torch.where(x >= 0, torch.ones_like(x), torch.full_like(x, low))
    return fn


VARIANTS = [
    Variant("s (1 - s) and 1 - t^2 evaluated at x", _with(sigmoid=lambda x: x * (1 - x), tanh=lambda x: 1 - x * x),
            "you return x (1 - x) for sigmoid and 1 - x^2 for tanh: those formulas take the function's output, "
            "sigmoid'(x) = s (1 - s) with s = sigmoid(x) and tanh'(x) = 1 - t^2 with t = tanh(x) (backprop code "
            "caches the output, so it is often called x there); here x is the input, e.g. sigmoid'(0) = 0.25, not 0",
            "你对 sigmoid 返回 x (1 - x)，对 tanh 返回 1 - x^2：这两个公式要代入的是函数的输出，sigmoid'(x) = s (1 - s)，"
            "s = sigmoid(x)；tanh'(x) = 1 - t^2，t = tanh(x)（反向传播代码缓存的是输出，常常也叫 x）；这里的 x 是输入，"
            "例如 sigmoid'(0) = 0.25，而不是 0",
            name_zh="把 s (1 - s) 和 1 - t^2 代入了 x"),
    Variant("relu'(0) = 1 (x >= 0)", _with(relu=_ge_zero(0.0)),
            "your relu derivative is 1 at x = 0 (a mask `x >= 0`); torch's autograd gives relu'(0) = 0 (its backward "
            "keeps the gradient only where x > 0): use `(x > 0).to(x.dtype)`",
            "你的 relu 导数在 x = 0 处为 1（掩码 `x >= 0`）；torch 的 autograd 给出 relu'(0) = 0（反向只在 x > 0 处"
            "保留梯度）：应写成 `(x > 0).to(x.dtype)`",
            name_zh="relu'(0) = 1（x >= 0）"),
    Variant("leaky_relu'(0) = 1 (x >= 0)", _with(leaky_relu=_ge_zero(0.01)),
            "your leaky_relu derivative is 1 at x = 0 (`x >= 0`); torch's autograd gives leaky_relu'(0) = "
            "negative_slope = 0.01 (its backward tests x > 0)",
            "你的 leaky_relu 导数在 x = 0 处为 1（`x >= 0`）；torch 的 autograd 给出 leaky_relu'(0) = "
            "negative_slope = 0.01（反向判断的是 x > 0）",
            name_zh="leaky_relu'(0) = 1（x >= 0）"),
    Variant("silu' = sigmoid(x)", _with(silu=_sigmoid),
            "you return sigmoid(x) for the derivative of x * sigmoid(x): the product rule's second term is missing. "
            "d/dx [x s(x)] = s + x s (1 - s) = s (1 + x (1 - s)), with s = sigmoid(x)",
            "你把 x * sigmoid(x) 的导数写成了 sigmoid(x)：漏了乘积法则的第二项。"
            "d/dx [x s(x)] = s + x s (1 - s) = s (1 + x (1 - s))，其中 s = sigmoid(x)",
            name_zh="silu' = sigmoid(x)"),
    Variant("the derivative of the tanh-approximated GELU", _with(gelu=_gelu_tanh_form),
            "you differentiate the tanh approximation 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))); the "
            "statement asks for the exact GELU x Phi(x), whose derivative is Phi(x) + x phi(x) with "
            "phi(x) = exp(-x^2 / 2) / sqrt(2 pi) (the two differ by up to about 1e-3)",
            "你求导的是 tanh 近似 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3)))；题目要的是精确 GELU x Phi(x)，"
            "其导数为 Phi(x) + x phi(x)，其中 phi(x) = exp(-x^2 / 2) / sqrt(2 pi)（两者最多相差约 1e-3）",
            name_zh="tanh 近似 GELU 的导数"),
]


PROBLEM = Problem(
    slug="activation_grads",
    kind="torch",
    params=["x"],
    cases=cases,
    check=check,
    driver=A.plain_driver(A.tensor_methods(A.AUTOGRAD)),
    forbidden=A.AUTOGRAD,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["\"sigmoid\"", "\"tanh\"", "\"relu\"", "\"leaky_relu\"", "\"elu\"", "\"gelu\"", "\"silu\"",
           "negative_slope 0.01", "alpha 1", "erf form", "x = 0", "relu'(0) = 0", "leaky_relu'(0) = 0.01",
           "elu'(0) = 1", "|x| = 1000", "nan", "same shape, dtype and device", "autograd", "rtol"],
)
