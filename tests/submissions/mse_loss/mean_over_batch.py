# expect: wrong_answer
# "mean" divides by the batch size only, not by the number of elements.
import torch


def mse_loss(input, target, reduction="mean"):
    loss = (input - target) ** 2
    if reduction == "none":
        return loss
    if reduction == "sum" or loss.dim() == 0:
        return loss.sum()
    return loss.sum() / max(loss.shape[0], 1)
