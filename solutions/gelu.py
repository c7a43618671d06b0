"""Reference: GELU (Hendrycks & Gimpel 2016), exact (erf) and tanh-approximated, as F.gelu."""
import math

import torch


def gelu(x: torch.Tensor, approximate: str = "none") -> torch.Tensor:
    """x: float tensor, any shape -> same shape, dtype and device.

    approximate="none": x * Phi(x) = 0.5 * x * (1 + erf(x / sqrt(2))).
    approximate="tanh": 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3))).
    Both are smooth and finite at |x| = 1000 (erf and tanh saturate at +-1).
    """
    if approximate == "none":
        return 0.5 * x * (1 + torch.erf(x * (1 / math.sqrt(2))))
    if approximate == "tanh":
        inner = math.sqrt(2 / math.pi) * (x + 0.044715 * x * x * x)
        return 0.5 * x * (1 + torch.tanh(inner))
    raise ValueError(f"approximate must be 'none' or 'tanh', got {approximate!r}")
