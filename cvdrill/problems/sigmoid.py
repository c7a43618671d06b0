"""sigmoid: the logistic function, stable at |x| = 1000; value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

# tanh, logsigmoid, softplus and glu each give sigmoid in one line
FORBIDDEN = A.SIGMOID + A.TANH


def _naive(x):
    import torch

    return 1 / (1 + torch.exp(-x))


def _where_unclamped(x):
    import torch

    return torch.where(x >= 0, 1 / (1 + torch.exp(-x)), torch.exp(x) / (1 + torch.exp(x)))


def _abs_form(x):
    import torch

    e = torch.exp(-x.abs())
    return torch.where(x >= 0, 1 / (1 + e), e / (1 + e))


VARIANTS = [
    Variant("the textbook 1 / (1 + exp(-x))", _naive,
            "the value survives x = -1000 (1 / inf = 0), but the gradient does not: with u = 1 + exp(-x) = inf, "
            "autograd multiplies the derivative of 1 / u, -1 / u^2 = 0, by d u / dx = -exp(1000) = -inf, and "
            "0 * inf = nan (in float32 already at x = -100). "
            "For x < 0 use the equal form exp(x) / (1 + exp(x)), where exp only sees numbers <= 0",
            "数值在 x = -1000 处没问题（1 / inf = 0），梯度却不行：u = 1 + exp(-x) = inf，autograd 把 1 / u 的导数 "
            "-1 / u^2 = 0 乘以 d u / dx = -exp(1000) = -inf，得到 0 * inf = nan（float32 下 x = -100 就已如此）。"
            "x < 0 时改用等价形式 exp(x) / (1 + exp(x))，这样 exp 的参数始终 <= 0",
            name_zh="教科书式的 1 / (1 + exp(-x))"),
    Variant("both stable forms of the raw x through torch.where", _where_unclamped,
            "you pick the right form for each sign with torch.where, but both forms are computed for every x and "
            "autograd backpropagates into both: the unselected one overflows (exp(1000) = inf) and its zero gradient "
            "becomes 0 * inf = nan, at x = 1000 and at x = -1000. Feed each branch an input that cannot overflow: "
            "`x.clamp(min=0)` and `x.clamp(max=0)`",
            "你用 torch.where 按符号选了正确的形式，但两种形式都对每个 x 计算，autograd 也会反向传播到两边：没被选中的那个"
            "溢出（exp(1000) = inf），它为 0 的梯度变成 0 * inf = nan，x = 1000 和 x = -1000 处都是如此。"
            "给每个分支喂不会溢出的输入：`x.clamp(min=0)` 和 `x.clamp(max=0)`",
            name_zh="torch.where 的两个稳定形式都用了原始 x"),
    Variant("the exp(-|x|) form", _abs_form,
            "the values are stable and right, but autograd differentiates abs as 0 at x = 0 (sign(0) = 0), so the "
            "gradient there comes out 0 instead of sigmoid'(0) = 0.25. clamp passes the gradient at its boundary: "
            "use `x.clamp(min=0)` and `x.clamp(max=0)` in place of |x|",
            "数值稳定且正确，但 autograd 认为 abs 在 x = 0 处导数为 0（sign(0) = 0），所以那里的梯度是 0，而不是 "
            "sigmoid'(0) = 0.25。clamp 在边界处会传递梯度：用 `x.clamp(min=0)` 和 `x.clamp(max=0)` 代替 |x|",
            name_zh="exp(-|x|) 形式"),
]

PROBLEM = Problem(
    slug="sigmoid",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::sigmoid', 'aten::sigmoid_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["1 / (1 + exp(-x))", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "inf",
           "requires_grad=True", "grad_output", "x.grad", "x = 0", "0.25", "rtol"],
)
