"""js_divergence: Jensen-Shannon divergence per row along the last dim, natural log."""
from ._divergence import cases_for, check, shrink
from ..judge.spec import Problem
from .kl_divergence import FORBIDDEN

PROBLEM = Problem(
    slug="js_divergence",
    kind="torch",
    params=["p", "q"],
    cases=cases_for(disjoint_ok=True),
    check=check,
    forbidden=FORBIDDEN,
    shrink=shrink,
    terms=["0.5 * kl(p || m) + 0.5 * kl(q || m)", "m = (p + q) / 2", "last dim", "natural log",
           "0 * log(0 / x) = 0", "ln 2", "not its square root", "p.shape[:-1]", "0-d", "per row", "[0,K]",
           "dtype", "device"],
)
