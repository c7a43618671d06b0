"""elu: x or alpha * (exp(x) - 1), with torch's gradient at 0 (alpha), no nan at x = 1000;
value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

FORBIDDEN = A.ELU

ALPHAS = ({}, {"alpha": 0.5}, {"alpha": 2.0})


def cases(rng):
    yield from A.elementwise_cases(rng, ALPHAS)
    yield A.Case("alpha=1.5 given by position", (A.POINTS.astype("float64"), 1.5))


def _unclamped(x, alpha=1.0):
    import torch

    return torch.where(x > 0, x, alpha * (torch.exp(x) - 1))


def _alpha_both(x, alpha=1.0):
    import torch

    return alpha * torch.where(x > 0, x, torch.expm1(x.clamp(max=0)))


def _ge(x, alpha=1.0):
    import torch

    return torch.where(x >= 0, x, alpha * torch.expm1(x.clamp(max=0)))


def _two_clamps(x, alpha=1.0):
    import torch

    return x.clamp(min=0) + alpha * torch.expm1(x.clamp(max=0))


VARIANTS = [
    Variant("exp(x) computed on every element", _unclamped,
            "your values are right, but exp sees every x: exp(1000) = inf (in float32 already exp(100)), and "
            "although that value is not used (torch.where does not select it, or a clamp cuts it off), autograd "
            "still multiplies its zero gradient by exp(x) = inf: 0 * inf = nan in x.grad. Feed exp only x <= 0, "
            "e.g. `torch.exp(x.clamp(max=0))`",
            "你的数值正确，但 exp 对每个 x 都计算了：exp(1000) = inf（float32 下 exp(100) 就已溢出），这个值虽然没被用上"
            "（torch.where 没选它，或被 clamp 截掉了），autograd 仍会把它为 0 的梯度乘以 exp(x) = inf：x.grad 中出现 "
            "0 * inf = nan。只给 exp 喂 x <= 0 的值，例如 `torch.exp(x.clamp(max=0))`",
            name_zh="对每个元素都算 exp(x)"),
    Variant("alpha on both branches", _alpha_both,
            "you multiply the whole result by alpha, the linear side too; in ELU alpha scales only the negative "
            "branch: x where x > 0, alpha * (exp(x) - 1) elsewhere (a scale on both sides is SELU's lambda, a "
            "different function)",
            "你把整个结果都乘了 alpha，线性一侧也乘了；ELU 中 alpha 只作用于负分支：x > 0 时为 x，否则为 "
            "alpha * (exp(x) - 1)（两侧都乘的系数是 SELU 的 lambda，那是另一个函数）",
            name_zh="两个分支都乘了 alpha"),
    Variant("x >= 0 for the linear branch", _ge,
            "you put x = 0 on the linear side (`x >= 0`), so the derivative there is 1; torch's elu uses the "
            "x <= 0 branch at 0, where the derivative is alpha * exp(0) = alpha (the two differ when alpha is not 1)",
            "你把 x = 0 归到了线性一侧（`x >= 0`），那里的导数就成了 1；torch 的 elu 在 0 处走 x <= 0 的分支，导数为 "
            "alpha * exp(0) = alpha（alpha 不为 1 时两者不同）",
            name_zh="线性分支用了 x >= 0"),
    Variant("the sum of two clamps (gradient 1 + alpha at x = 0)", _two_clamps,
            "`x.clamp(min=0) + alpha * (exp(x.clamp(max=0)) - 1)` has the right values, but clamp passes the gradient "
            "at its boundary, and at x = 0 both clamps do: the derivative there is 1 + alpha. torch's elu gives alpha "
            "at x = 0: use `torch.where(x > 0, x, ...)` (or relu, whose derivative at 0 is 0, for the linear part)",
            "`x.clamp(min=0) + alpha * (exp(x.clamp(max=0)) - 1)` 的数值正确，但 clamp 在边界处会传递梯度，而 x = 0 "
            "恰好是两个 clamp 的边界：那里的导数变成 1 + alpha。torch 的 elu 在 x = 0 处导数为 alpha：应使用 "
            "`torch.where(x > 0, x, ...)`（或者线性部分用 relu，它在 0 处导数为 0）",
            name_zh="两个 clamp 相加（x = 0 处梯度为 1 + alpha）"),
]


PROBLEM = Problem(
    slug="elu",
    kind="torch",
    params=["x", "alpha"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::elu', 'aten::elu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["alpha * (exp(x) - 1)", "x > 0", "1.0", "same shape, dtype and device", "empty", "|x| = 1000", "nan",
           "inf", "requires_grad=True", "grad_output", "x.grad", "x = 0", "is alpha", "rtol"],
)
