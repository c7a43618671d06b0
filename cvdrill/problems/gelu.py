"""gelu: x * Phi(x) (erf form) or its tanh approximation, as F.gelu; value and autograd gradient."""
import math

from ..judge.spec import Problem, Variant, shrink_rows
from . import _activation as A

FORBIDDEN = A.GELU

FORMS = ({}, {"approximate": "tanh"}, {"approximate": "none"})

def _erf_form(x, scale=1 / math.sqrt(2)):
    import torch

    return 0.5 * x * (1 + torch.erf(x * scale))


def _tanh_form(x):
    import torch

    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x * x * x)))


def _sigmoid_form(x, approximate="none"):
    import torch

    return x * torch.sigmoid(1.702 * x)


VARIANTS = [
    Variant("the tanh approximation for approximate=\"none\"", lambda x, approximate="none": _tanh_form(x),
            "you return the tanh approximation 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3))) whatever "
            "`approximate` says; the default, approximate=\"none\", is the exact GELU "
            "0.5 * x * (1 + erf(x / sqrt(2))), and the two differ by up to about 5e-4",
            "不管 `approximate` 是什么你都返回 tanh 近似 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))；"
            "默认的 approximate=\"none\" 是精确的 GELU 0.5 * x * (1 + erf(x / sqrt(2)))，两者最多相差约 5e-4",
            name_zh="approximate=\"none\" 时用了 tanh 近似"),
    Variant("the erf form for approximate=\"tanh\"", lambda x, approximate="none": _erf_form(x),
            "you return the exact GELU 0.5 * x * (1 + erf(x / sqrt(2))) whatever `approximate` says; "
            "approximate=\"tanh\" asks for the tanh approximation "
            "0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3))), as torch computes it",
            "不管 `approximate` 是什么你都返回精确 GELU 0.5 * x * (1 + erf(x / sqrt(2)))；approximate=\"tanh\" "
            "要求与 torch 一样算 tanh 近似 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3)))",
            name_zh="approximate=\"tanh\" 时用了 erf 形式"),
    Variant("erf(x) without the 1 / sqrt(2)",
            lambda x, approximate="none": _tanh_form(x) if approximate == "tanh" else _erf_form(x, 1.0),
            "your exact form is 0.5 * x * (1 + erf(x)); the standard normal CDF is Phi(x) = 0.5 * (1 + erf(x / "
            "sqrt(2))), so the argument of erf is x / sqrt(2)",
            "你的精确形式写成了 0.5 * x * (1 + erf(x))；标准正态分布的 CDF 是 Phi(x) = 0.5 * (1 + erf(x / sqrt(2)))，"
            "erf 的自变量是 x / sqrt(2)",
            name_zh="erf(x) 漏了 1 / sqrt(2)"),
    Variant("the sigmoid approximation x * sigmoid(1.702 * x)", _sigmoid_form,
            "you return x * sigmoid(1.702 * x), the paper's cheaper approximation (as in some \"quick GELU\" "
            "code), off by up to about 0.02; torch has only the erf form (approximate=\"none\") and the tanh form "
            "(approximate=\"tanh\")",
            "你返回的是 x * sigmoid(1.702 * x)，即论文里更便宜的近似（一些 \"quick GELU\" 代码就是这样写的），误差可达约 "
            "0.02；torch 只有 erf 形式（approximate=\"none\"）和 tanh 形式（approximate=\"tanh\"）两种",
            name_zh="sigmoid 近似 x * sigmoid(1.702 * x)"),
]


PROBLEM = Problem(
    slug="gelu",
    kind="torch",
    params=["x", "approximate"],
    cases=lambda rng: A.elementwise_cases(rng, FORMS),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::gelu', 'aten::gelu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["0.5 * x * (1 + erf(x / sqrt(2)))", "sqrt(2 / pi)", "0.044715", "approximate=\"none\"",
           "approximate=\"tanh\"", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "requires_grad=True",
           "grad_output", "x.grad", "rtol"],
)
