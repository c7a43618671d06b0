"""Reference: SiLU / swish-1 (x * sigmoid(x)), stable, with torch's gradient everywhere."""
import torch


def _sigmoid(x: torch.Tensor) -> torch.Tensor:
    # exp only of numbers <= 0; clamped branch inputs keep the gradient free of 0 * inf
    e_pos = torch.exp(-x.clamp(min=0))
    e_neg = torch.exp(x.clamp(max=0))
    return torch.where(x >= 0, 1 / (1 + e_pos), e_neg / (1 + e_neg))


def silu(x: torch.Tensor) -> torch.Tensor:
    """x: float tensor, any shape -> x * sigmoid(x), same shape, dtype and device.
    silu(-1000) = -0 and its gradient is 0 (x / (1 + exp(-x)) would give inf / inf = nan
    in the gradient)."""
    return x * _sigmoid(x)
