# expect: accepted
# An honest variant: softplus(x) - x t (softplus is an allowed building block).
import torch.nn.functional as F


def bce_with_logits(logits, targets, reduction="mean"):
    loss = F.softplus(logits) - logits * targets
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
