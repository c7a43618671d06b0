# expect: wrong_answer
# Default reduction "sum" instead of "mean".
import torch


def mse_loss(input, target, reduction="sum"):
    loss = (input - target) ** 2
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
