"""Reference: the logistic sigmoid, numerically stable, with torch's gradient everywhere."""
import torch


def sigmoid(x: torch.Tensor) -> torch.Tensor:
    """x: float tensor, any shape -> 1 / (1 + exp(-x)), same shape, dtype and device.

    exp is only ever taken of a number <= 0, so nothing overflows: for x >= 0,
    1 / (1 + exp(-x)); for x < 0, exp(x) / (1 + exp(x)). Both branches are computed by
    torch.where, so each gets a clamped input (the other branch's values stay finite and
    their zero upstream gradient stays 0 instead of 0 * inf = nan). clamp, unlike abs,
    passes the gradient at x = 0, so autograd gives sigmoid'(0) = 1/4.
    """
    e_pos = torch.exp(-x.clamp(min=0))  # exp(-x) for x >= 0, 1 elsewhere
    e_neg = torch.exp(x.clamp(max=0))  # exp(x) for x <= 0, 1 elsewhere
    return torch.where(x >= 0, 1 / (1 + e_pos), e_neg / (1 + e_neg))
