# expect: accepted
# An honest variant: torch.abs, and mean as sum / numel (nan for an empty input, as torch).
import torch


def l1_loss(input, target, reduction="mean"):
    loss = torch.abs(input - target)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / loss.numel()
