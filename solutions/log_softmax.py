"""Reference: log-softmax along a dimension, stable (log-sum-exp with the max subtracted)."""
import torch


def log_softmax(x: torch.Tensor, dim: int = -1) -> torch.Tensor:
    """x: float tensor, any shape with x.shape[dim] >= 1 -> x - log(sum(exp(x))) along dim;
    same shape, dtype and device.

    With m the per-slice max: log_softmax(x) = (x - m) - log(sum(exp(x - m))). Every exp
    is in (0, 1] and the sum is >= 1, so neither exp nor log over- or underflows: an entry
    1000 below the max gives about -1000 (log(softmax) would give log(0) = -inf).
    -inf entries stay -inf.
    """
    s = x - x.detach().amax(dim=dim, keepdim=True)
    return s - torch.log(torch.exp(s).sum(dim=dim, keepdim=True))
