"""tanh: the hyperbolic tangent, stable at |x| = 1000; value and autograd gradient."""
from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

# tanh(x) = 2 sigmoid(2x) - 1: the sigmoid family would hand over the stability
FORBIDDEN = A.TANH + A.SIGMOID


def _definition(x):
    import torch

    a, b = torch.exp(x), torch.exp(-x)
    return (a - b) / (a + b)


def _one_minus(x):
    import torch

    return 1 - 2 / (torch.exp(2 * x) + 1)


def _where_unclamped(x):
    import torch

    pos = (1 - torch.exp(-2 * x)) / (1 + torch.exp(-2 * x))
    neg = (torch.exp(2 * x) - 1) / (torch.exp(2 * x) + 1)
    return torch.where(x >= 0, pos, neg)


def _sign_abs(x):
    import torch

    e = torch.exp(-2 * x.abs())
    return torch.sign(x) * (1 - e) / (1 + e)


VARIANTS = [
    Variant("the definition as written", _definition,
            "you compute (exp(x) - exp(-x)) / (exp(x) + exp(-x)) as it stands: at x = +-1000 (in float32 already at "
            "+-100) exp overflows to inf and the output is inf / inf = nan. For x >= 0 use "
            "(1 - exp(-2x)) / (1 + exp(-2x)), where exp only sees numbers <= 0, and mirror it for x < 0 (tanh is odd)",
            "你直接按定义计算 (exp(x) - exp(-x)) / (exp(x) + exp(-x))：x = ±1000 时（float32 下 ±100 就已如此）exp "
            "溢出为 inf，输出成了 inf / inf = nan。x >= 0 时改用 (1 - exp(-2x)) / (1 + exp(-2x))，exp 的参数始终 "
            "<= 0，x < 0 时取镜像（tanh 是奇函数）",
            name_zh="直接按定义计算"),
    Variant("1 - 2 / (exp(2x) + 1)", _one_minus,
            "the values are right at +-1000, but the gradient is not: at x = 1000 (in float32 already at x = 100), "
            "u = exp(2x) + 1 = inf, and autograd multiplies the derivative of 2 / u, -2 / u^2 = 0, by "
            "d u / dx = 2 exp(2x) = inf: 0 * inf = nan. Feed exp only numbers <= 0, e.g. the form "
            "(1 - exp(-2x)) / (1 + exp(-2x)) on x.clamp(min=0), mirrored for x < 0",
            "±1000 处的数值是对的，梯度却不对：x = 1000 时（float32 下 x = 100 就已如此）u = exp(2x) + 1 = inf，autograd "
            "把 2 / u 的导数 -2 / u^2 = 0 乘以 d u / dx = 2 exp(2x) = inf，得到 0 * inf = nan。只给 exp 喂 <= 0 的数，"
            "例如对 x.clamp(min=0) 用 (1 - exp(-2x)) / (1 + exp(-2x))，x < 0 时取镜像",
            name_zh="1 - 2 / (exp(2x) + 1)"),
    Variant("both stable forms of the raw x through torch.where", _where_unclamped,
            "you pick the right form for each sign with torch.where, but both forms are computed for every x and "
            "autograd backpropagates into both: the unselected one overflows (exp(2000) = inf) and its zero gradient "
            "becomes 0 * inf = nan, at x = 1000 and at x = -1000. Feed each branch an input that cannot overflow: "
            "`x.clamp(min=0)` and `x.clamp(max=0)`",
            "你用 torch.where 按符号选了正确的形式，但两种形式都对每个 x 计算，autograd 也会反向传播到两边：没被选中的那个"
            "溢出（exp(2000) = inf），它为 0 的梯度变成 0 * inf = nan，x = 1000 和 x = -1000 处都是如此。"
            "给每个分支喂不会溢出的输入：`x.clamp(min=0)` 和 `x.clamp(max=0)`",
            name_zh="torch.where 的两个稳定形式都用了原始 x"),
    Variant("sign(x) * tanh(|x|)", _sign_abs,
            "the values are stable and right, but autograd differentiates sign and abs as 0 at x = 0, so the "
            "gradient there comes out 0 instead of tanh'(0) = 1. clamp passes the gradient at its boundary: "
            "compute the stable form for x >= 0 on `x.clamp(min=0)`, the mirrored one on `x.clamp(max=0)`, and pick "
            "with `torch.where(x >= 0, ...)` (adding the two halves would count the gradient at 0 twice)",
            "数值稳定且正确，但 autograd 认为 sign 和 abs 在 x = 0 处导数为 0，所以那里的梯度是 0，而不是 tanh'(0) = 1。"
            "clamp 在边界处会传递梯度：对 `x.clamp(min=0)` 算 x >= 0 的稳定形式，对 `x.clamp(max=0)` 算镜像形式，"
            "再用 `torch.where(x >= 0, ...)` 选取（把两半相加会让 0 处的梯度算两次）",
            name_zh="sign(x) * tanh(|x|)"),
]

PROBLEM = Problem(
    slug="tanh",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::tanh', 'aten::tanh_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["(exp(x) - exp(-x)) / (exp(x) + exp(-x))", "same shape, dtype and device", "empty", "|x| = 1000",
           "nan", "inf", "requires_grad=True", "grad_output", "x.grad", "x = 0", "tanh'(0) = 1", "rtol"],
)
