"""kl_divergence: KL(p || q) per row along the last dim, natural log, 0 * log(0 / q) = 0."""
import math

from ._divergence import cases_for, check, shrink
from ..judge.spec import Problem, Variant


def kl(p, q):
    """KL(p || q) per row, natural log, 0 * log(0 / q) = 0 (xlogy(0, y) = 0); inf where q = 0 < p."""
    import torch

    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(-1)


def _naive(p, q):
    import torch

    return (p * torch.log(p / q)).sum(-1)  # 0 * log(0) = 0 * -inf = nan


LOG2 = ("a base-2 log (bits)", "以 2 为底的对数（bit）",
        "your divergence is in bits, the natural-log value divided by ln 2; the statement asks for the natural "
        "log (nats): torch.log, not torch.log2",
        "你的散度以 bit 为单位，即自然对数结果除以 ln 2；题目要求自然对数（nat）：用 torch.log，不要用 torch.log2")

# F.kl_div (and what it calls), the KLDivLoss module, torch.distributions' KL registry;
# torch.nn.functional last, so that getattr(F, "kl_div") is reported under that name
FORBIDDEN = ["torch.ops.aten.kl_div", "torch._C._VariableFunctions.kl_div", "torch.kl_div",
             "torch.nn.functional.kl_div", "torch.nn.modules.loss.KLDivLoss", "torch.nn.KLDivLoss",
             "torch.distributions.kl*", "torch.distributions.kl.*"]

PROBLEM = Problem(
    slug="kl_divergence",
    kind="torch",
    params=["p", "q"],
    cases=cases_for(disjoint_ok=False),
    check=check,
    forbidden=FORBIDDEN,
    shrink=shrink,
    variants=[
        Variant("KL(q || p)", lambda p, q: kl(q, p),
                "you compute sum q * log(q / p), the arguments swapped; KL is not symmetric, and KL(p || q) weighs "
                "the log-ratio by p: sum p * log(p / q) (F.kl_div(input, target) is KL(target || exp(input)), so "
                "KL(p || q) is F.kl_div(log q, p))",
                "你算的是 sum q * log(q / p)，两个参数反了；KL 不对称，KL(p || q) 用 p 给对数比加权："
                "sum p * log(p / q)（F.kl_div(input, target) 算的是 KL(target || exp(input))，所以 KL(p || q) 是 "
                "F.kl_div(log q, p)）",
                name_zh="KL(q || p)"),
        Variant(LOG2[0], lambda p, q: kl(p, q) / math.log(2), *LOG2[2:], name_zh=LOG2[1]),
        Variant("0 * log(0) left as nan", _naive,
                "you sum p * log(p / q) as it is, so every entry with p = 0 gives nan (0 * log(0) = 0 * -inf) "
                "and so does its row; by convention that term is 0: mask it (torch.where(p > 0, ..., 0)) or use "
                "torch.xlogy",
                "你直接对 p * log(p / q) 求和，p = 0 的每一项都得到 0 * (-inf) = nan，整行都变成 nan；按约定这一项是 0："
                "把它屏蔽掉（torch.where(p > 0, ..., 0)）或者用 torch.xlogy",
                name_zh="0 * log(0) 没有按约定取 0"),
    ],
    terms=["last dim", "natural log", "0 * log(0 / q) = 0", "eps", "p.shape[:-1]", "0-d", "per row", "[0,K]",
           "dtype", "device"],
)
