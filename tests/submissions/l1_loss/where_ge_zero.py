# expect: wrong_answer
# variant: sign(0) = 1 in the gradient
# |d| as torch.where(d >= 0, d, -d): gradient +1 at d == 0, torch's is sign(0) = 0.
# message: input.grad
import torch


def l1_loss(input, target, reduction="mean"):
    d = input - target
    loss = torch.where(d >= 0, d, -d)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
