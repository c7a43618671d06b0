"""Reference: leaky ReLU with torch's gradient convention at 0."""
import torch


def leaky_relu(x: torch.Tensor, negative_slope: float = 0.01) -> torch.Tensor:
    """x: float tensor, any shape -> x where x > 0, negative_slope * x elsewhere; same
    shape, dtype and device. torch's derivative at x = 0 is negative_slope (the x > 0 test
    fails there), which torch.where(x > 0, ...) reproduces.
    """
    return torch.where(x > 0, x, x * negative_slope)
