# expect: wrong_answer
# |d| written as sqrt(d*d): right values, but the gradient is nan where input == target.
# message: input.grad
import torch


def l1_loss(input, target, reduction="mean"):
    d = input - target
    loss = torch.sqrt(d * d)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
