# expect: wrong_answer
# variant: the sum for reduction="mean"
# "mean" written as a sum over the elements (the mean's division forgotten).
import torch


def l1_loss(input, target, reduction="mean"):
    loss = torch.abs(input - target)
    if reduction == "none":
        return loss
    return torch.sum(loss)
