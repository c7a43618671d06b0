"""Reference: softmax along a dimension, stable (the max is subtracted first)."""
import torch


def softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    """x: float tensor, any shape with x.shape[dim] >= 1 -> exp(x) / sum(exp(x)) along dim;
    same shape, dtype and device.

    Subtracting the per-slice max (keepdim, so it broadcasts back) leaves the result
    unchanged and keeps exp() in (0, 1]: no overflow at 1000, and the largest term of
    every sum is 1, so no 0 / 0 either. -inf entries give 0. The max is detached: the
    gradient of the shift is 0 anyway, and torch.amax would split it between ties.
    """
    m = x.detach().amax(dim=dim, keepdim=True)
    e = torch.exp(x - m)
    return e / e.sum(dim=dim, keepdim=True)
