"""Reference: mean absolute error, as torch.nn.functional.l1_loss."""
import torch


def l1_loss(input: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """input, target: float tensors of the same shape. |input - target| per element;
    reduction "none" (same shape), "mean" (0-d; nan when empty) or "sum" (0-d; 0 when empty).
    Differentiable by autograd: d/d input = sign(input - target) (0 where equal), scaled
    by 1/numel for "mean". Keeps dtype and device."""
    loss = (input - target).abs()
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")
