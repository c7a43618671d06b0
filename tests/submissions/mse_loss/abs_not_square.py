# expect: wrong_answer
# |d| instead of d^2 (the L1 loss).
import torch


def mse_loss(input, target, reduction="mean"):
    loss = (input - target).abs()
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
