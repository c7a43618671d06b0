"""Reference: binary cross-entropy on logits, numerically stable, as
torch.nn.functional.binary_cross_entropy_with_logits (no weight, no pos_weight)."""
import torch


def bce_with_logits(logits: torch.Tensor, targets: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """logits: float tensor of any shape; targets: same shape and dtype, values in [0, 1].

    loss = -(t log sigmoid(x) + (1-t) log(1 - sigmoid(x))), computed as
    max(x, 0) - x t + log(1 + exp(-|x|)): never exp of a large positive number, finite
    for any finite x. reduction "none", "mean" (nan when empty), "sum" (0 when empty).
    Its autograd gradient is sigmoid(x) - t (/ numel for "mean"). Keeps dtype and device.
    """
    # torch.maximum splits the gradient half and half at x == 0, which with the abs
    # below gives exactly sigmoid(0) - t there too
    loss = torch.maximum(logits, torch.zeros_like(logits)) - logits * targets \
        + torch.log1p(torch.exp(-logits.abs()))
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")
