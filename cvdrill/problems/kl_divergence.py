"""kl_divergence: KL(p || q) per row along the last dim, natural log, 0 * log(0 / q) = 0."""
from ._divergence import cases_for, check, shrink
from ..judge.spec import Problem

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
    terms=["last dim", "natural log", "0 * log(0 / q) = 0", "eps", "p.shape[:-1]", "0-d", "per row", "[0,K]",
           "dtype", "device"],
)
