# expect: accepted
# An honest variant: pow(2), and mean as sum / numel.
import torch


def mse_loss(input, target, reduction="mean"):
    loss = (input - target).pow(2)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / loss.numel()
