"""Reference: the sigmoid focal loss of RetinaNet, as torchvision.ops.sigmoid_focal_loss."""
import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs: torch.Tensor, targets: torch.Tensor, alpha: float = 0.25,
                       gamma: float = 2.0, reduction: str = "none") -> torch.Tensor:
    """inputs: float logits of any shape; targets: same shape, 0. or 1. (float).

    p = sigmoid(x); ce = BCE-with-logits(x, t) (stable); p_t = p t + (1-p)(1-t);
    loss = ce * (1 - p_t)**gamma, times alpha_t = alpha t + (1-alpha)(1-t) when alpha >= 0
    (alpha < 0: no weighting). reduction "none" (same shape), "mean", "sum".
    Keeps dtype and device.
    """
    p = torch.sigmoid(inputs)
    ce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    p_t = p * targets + (1 - p) * (1 - targets)
    loss = ce * ((1 - p_t) ** gamma)
    if alpha >= 0:
        alpha_t = alpha * targets + (1 - alpha) * (1 - targets)
        loss = alpha_t * loss
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"Invalid Value for arg 'reduction': '{reduction}'")
