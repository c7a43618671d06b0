"""Reference: ELU (Clevert et al. 2016) with torch's gradient convention at 0."""
import torch


def elu(x: torch.Tensor, alpha: float = 1.0) -> torch.Tensor:
    """x: float tensor, any shape -> x where x > 0, alpha * (exp(x) - 1) elsewhere; same
    shape, dtype and device.

    The negative branch is computed for every element by torch.where, so its input is
    clamped to <= 0: exp(1000) = inf in the unselected branch would make the gradient
    0 * inf = nan. clamp passes the gradient at 0, so the derivative at x = 0 is alpha, as
    torch gives (its backward uses the x <= 0 branch there). expm1 keeps precision near 0.
    """
    return torch.where(x > 0, x, alpha * torch.expm1(x.clamp(max=0)))
