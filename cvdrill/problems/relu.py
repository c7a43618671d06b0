"""relu: max(x, 0) with torch's gradient at 0 (which is 0); value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

# leaky_relu(x, 0), elu(x, 0), threshold(x, 0, 0), hardtanh(x, 0, inf) are relu too
FORBIDDEN = A.RELU + A.LEAKY + A.ELU


def _clamp(x):
    return x.clamp(min=0)


def _maximum(x):
    import torch

    return torch.maximum(x, torch.zeros_like(x))


VARIANTS = [
    Variant("a gradient of 1 at x = 0", _clamp,
            "your values are right, but autograd gives derivative 1 at x = 0: `x.clamp(min=0)` (or a mask "
            "`x >= 0`) passes the gradient at its boundary. torch's relu has derivative 0 at x = 0 (its backward "
            "keeps `grad_output` only where x > 0): use `torch.where(x > 0, x, torch.zeros_like(x))` or `x * (x > 0)`",
            "你的数值正确，但 autograd 在 x = 0 处给出的导数是 1：`x.clamp(min=0)`（或掩码 `x >= 0`）在边界处会把梯度"
            "传下去。torch 的 relu 在 x = 0 处导数为 0（反向只在 x > 0 处保留 `grad_output`）：应写成 "
            "`torch.where(x > 0, x, torch.zeros_like(x))` 或 `x * (x > 0)`",
            name_zh="x = 0 处梯度为 1"),
    Variant("a gradient of 1/2 at x = 0 (a tie split in two)", _maximum,
            "your values are right, but autograd gives derivative 1/2 at x = 0: `torch.maximum(x, 0)` splits the "
            "gradient of a tie equally between its two inputs, and `(x + |x|) / 2` has abs'(0) = 0, so "
            "(1 + 0) / 2. torch's relu has derivative 0 at x = 0 (its backward keeps `grad_output` only where x > 0)",
            "你的数值正确，但 autograd 在 x = 0 处给出的导数是 1/2：`torch.maximum(x, 0)` 在两个输入相等时把梯度平分给"
            "两边，而 `(x + |x|) / 2` 中 abs'(0) = 0，于是得到 (1 + 0) / 2。torch 的 relu 在 x = 0 处导数为 0"
            "（反向只在 x > 0 处保留 `grad_output`）",
            name_zh="x = 0 处梯度为 1/2（平局被平分）"),
]

PROBLEM = Problem(
    slug="relu",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::relu', 'aten::relu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["max(x, 0)", "same shape, dtype and device", "empty", "requires_grad=True", "grad_output", "x.grad",
           "x = 0", "gradient there is 0", "clamp", "rtol"],
)
