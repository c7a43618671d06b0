"""Reference: smooth-L1 loss, as torch.nn.functional.smooth_l1_loss."""
import torch


def smooth_l1_loss(input: torch.Tensor, target: torch.Tensor, beta: float = 1.0,
                   reduction: str = "mean") -> torch.Tensor:
    """input, target: float tensors of the same shape. With d = input - target, per element
    0.5 * d * d / beta where |d| < beta, else |d| - 0.5 * beta; beta = 0 is plain L1 |d|.
    reduction "none" (same shape), "mean" (0-d; nan when empty) or "sum" (0-d; 0 when empty).
    Differentiable by autograd: d/d input = clamp(d / beta, -1, 1) (sign(d) for beta = 0,
    0 at d = 0). Keeps dtype and device."""
    d = input - target
    ad = d.abs()
    if beta == 0:
        # L1; the quadratic piece would divide by zero, and torch.where backpropagates
        # through both pieces (0 * inf = nan in the gradient)
        loss = ad
    else:
        loss = torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")
