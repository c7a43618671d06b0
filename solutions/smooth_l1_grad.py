"""Reference: the derivative of smooth-L1 (Fast R-CNN) with respect to its argument, by hand."""
import torch


def smooth_l1_grad(x: torch.Tensor, beta: float = 1.0) -> torch.Tensor:
    """x: float tensor of any shape (the difference d = input - target); beta >= 0.

    smooth_l1(x) = 0.5 x^2 / beta if |x| < beta else |x| - 0.5 beta, so elementwise
    d/dx = x / beta where |x| < beta, sign(x) elsewhere (both give +-1 at |x| == beta).
    beta == 0 is L1: sign(x), 0 at x == 0 -- what torch's autograd gives for
    F.smooth_l1_loss. Same shape, dtype and device as x.
    """
    if beta == 0:
        return torch.sign(x)
    return torch.where(x.abs() < beta, x / beta, torch.sign(x))
