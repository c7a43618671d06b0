"""leaky_relu: x or negative_slope * x, with torch's gradient at 0 (negative_slope);
value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

FORBIDDEN = A.LEAKY

SLOPES = ({}, {"negative_slope": 0.2}, {"negative_slope": 0.0}, {"negative_slope": 0.1})


def cases(rng):
    yield from A.elementwise_cases(rng, SLOPES)
    # the slope by position, as F.leaky_relu(x, 0.3) is called
    yield A.Case("negative_slope=0.3 given by position", (A.POINTS.astype("float64"), 0.3))


def _maximum(x, negative_slope=0.01):
    import torch

    return torch.maximum(x, negative_slope * x)


def _ge(x, negative_slope=0.01):
    import torch

    return torch.where(x >= 0, x, negative_slope * x)


def _relu_difference(x, negative_slope=0.01):
    import torch

    zero = torch.zeros_like(x)
    return torch.where(x > 0, x, zero) - negative_slope * torch.where(-x > 0, -x, zero)


def _fixed_slope(x, negative_slope=0.01):
    import torch

    return torch.where(x > 0, x, 0.01 * x)


def _float32_slope(x, negative_slope=0.01):
    import torch

    return x * torch.where(x > 0, 1.0, negative_slope)


VARIANTS = [
    Variant("the tie split of torch.maximum at x = 0", _maximum,
            "`torch.maximum(x, negative_slope * x)` has the right values, but at the tie x = 0 autograd splits the "
            "gradient equally between its two inputs, so the derivative there is (1 + negative_slope) / 2. torch's "
            "leaky_relu gives negative_slope at x = 0 (its backward tests x > 0): use "
            "`torch.where(x > 0, x, negative_slope * x)`",
            "`torch.maximum(x, negative_slope * x)` 的数值正确，但在 x = 0 这个平局处 autograd 把梯度平分给两个输入，"
            "导数变成 (1 + negative_slope) / 2。torch 的 leaky_relu 在 x = 0 处导数为 negative_slope（反向判断的是 "
            "x > 0）：应写成 `torch.where(x > 0, x, negative_slope * x)`",
            name_zh="torch.maximum 在 x = 0 处平分梯度"),
    Variant("x >= 0 for the linear branch", _ge,
            "you put x = 0 on the linear side (`x >= 0`), so the derivative there is 1; torch's leaky_relu tests "
            "x > 0 and gives negative_slope at x = 0",
            "你把 x = 0 归到了线性一侧（`x >= 0`），那里的导数就成了 1；torch 的 leaky_relu 判断的是 x > 0，"
            "在 x = 0 处导数为 negative_slope",
            name_zh="线性分支用了 x >= 0"),
    Variant("relu(x) - negative_slope * relu(-x)", _relu_difference,
            "`relu(x) - negative_slope * relu(-x)` has the right values, but both relus have derivative 0 at x = 0, "
            "so yours is 0 there; torch's leaky_relu gives negative_slope at x = 0 (its backward tests x > 0)",
            "`relu(x) - negative_slope * relu(-x)` 的数值正确，但两个 relu 在 x = 0 处导数都是 0，所以你的导数在那里为 0；"
            "torch 的 leaky_relu 在 x = 0 处导数为 negative_slope（反向判断的是 x > 0）",
            name_zh="relu(x) - negative_slope * relu(-x)"),
    Variant("a fixed slope of 0.01", _fixed_slope,
            "you multiply the negative side by 0.01 whatever `negative_slope` says; 0.01 is only the default, and the "
            "judge passes 0.2, 0.1 and 0 too, and 0.3 by position",
            "不管 `negative_slope` 是多少，你都把负半轴乘以 0.01；0.01 只是默认值，评测也会传入 0.2、0.1 和 0，"
            "并按位置传入 0.3",
            name_zh="斜率写死为 0.01"),
    Variant("negative_slope rounded to float32", _float32_slope,
            "`torch.where(x > 0, 1.0, negative_slope)` with two Python scalars builds a tensor of the default dtype, "
            "float32, so negative_slope = 0.01 becomes 0.009999999776 and float64 answers are off by up to about 2e-8 "
            "relative (compared with rtol 1e-9). Keep the slope in x's dtype: "
            "`torch.where(x > 0, x, negative_slope * x)`",
            "`torch.where(x > 0, 1.0, negative_slope)` 的两个参数都是 Python 标量，得到的是默认 dtype float32 的张量，"
            "于是 negative_slope = 0.01 变成 0.009999999776，float64 的结果有最多约 2e-8 的相对误差（按 rtol 1e-9 比较）。"
            "让斜率保持 x 的 dtype：`torch.where(x > 0, x, negative_slope * x)`",
            name_zh="negative_slope 被舍入成 float32"),
]


PROBLEM = Problem(
    slug="leaky_relu",
    kind="torch",
    params=["x", "negative_slope"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::leaky_relu', 'aten::leaky_relu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["negative_slope * x", "x > 0", "0.01", "same shape, dtype and device", "empty", "requires_grad=True",
           "grad_output", "x.grad", "x = 0", "is negative_slope", "rtol"],
)
