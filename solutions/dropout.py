"""Reference: inverted dropout."""
import torch


def dropout(x: torch.Tensor, p: float, training: bool = True) -> torch.Tensor:
    """x: float tensor of any shape (float32/float64, CPU or CUDA); p in [0, 1], the
    probability of zeroing an element. In training every element is zeroed independently
    with probability p and the others are scaled by 1 / (1 - p), so the expectation is x;
    a new mask is drawn on every call. training=False or p = 0: x unchanged; p = 1: zeros.
    Same shape, dtype and device as x."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0.0:
        return x
    if p == 1.0:
        return torch.zeros_like(x)  # 1 / (1 - p) would be 0 / 0 = nan
    keep = torch.rand_like(x) >= p  # P(rand < p) = p: dropped
    return x * keep / (1.0 - p)
