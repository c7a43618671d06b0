"""Reference: mean squared error, as torch.nn.functional.mse_loss."""
import torch


def mse_loss(input: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """input, target: float tensors of the same shape. (input - target)**2 per element;
    reduction "none" (same shape), "mean" (0-d; nan when empty) or "sum" (0-d; 0 when empty).
    Differentiable by autograd: d/d input = 2 (input - target), / numel for "mean".
    Keeps dtype and device."""
    d = input - target
    loss = d * d
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")
