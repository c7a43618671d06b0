"""silu: x * sigmoid(x) (swish-1), no nan at x = -1000; value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

FORBIDDEN = A.SILU


def _division(x):
    import torch

    return x / (1 + torch.exp(-x))


def _gate_constant(x):
    import torch

    return x * torch.sigmoid(x).detach()


VARIANTS = [
    Variant("x / (1 + exp(-x))", _division,
            "the value survives x = -1000 (-1000 / inf = -0), but the gradient does not: with "
            "u = 1 + exp(-x) = inf, autograd multiplies the derivative of x / u with respect to u, -x / u^2 = 0, "
            "by d u / dx = -exp(1000) = -inf, and 0 * inf = nan (in float32 already at x = -100). "
            "`x * torch.sigmoid(x)` saturates cleanly at both ends",
            "数值在 x = -1000 处没问题（-1000 / inf = -0），梯度却不行：u = 1 + exp(-x) = inf，autograd 把 x / u 对 u "
            "的导数 -x / u^2 = 0 乘以 d u / dx = -exp(1000) = -inf，得到 0 * inf = nan（float32 下 x = -100 就已如此）。"
            "`x * torch.sigmoid(x)` 在两端都能干净地饱和",
            name_zh="x / (1 + exp(-x))"),
    Variant("the gradient sigmoid(x) alone", _gate_constant,
            "your gradient is sigmoid(x) * grad_output, as if the gate were a constant (a detached or no_grad "
            "sigmoid, or a hand-written backward that drops a term); by the product rule "
            "d/dx [x s(x)] = s + x s (1 - s) = s (1 + x (1 - s)), with s = sigmoid(x)",
            "你的梯度是 sigmoid(x) * grad_output，好像门控是个常数（sigmoid 被 detach 或放在 no_grad 中，或手写的 "
            "backward 漏了一项）；按乘积法则 d/dx [x s(x)] = s + x s (1 - s) = s (1 + x (1 - s))，其中 s = sigmoid(x)",
            name_zh="梯度只有 sigmoid(x)"),
]

PROBLEM = Problem(
    slug="silu",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::silu', 'aten::silu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["x * sigmoid(x)", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "inf",
           "requires_grad=True", "grad_output", "x.grad", "x = 0", "rtol", "torch.sigmoid is allowed"],
)
