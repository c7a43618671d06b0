# expect: wrong_answer
# variant: the Huber loss
# Huber's formula (0.5*d*d, beta*(|d| - 0.5*beta)) instead of smooth-L1's: equal only at beta = 1.
# message: beta=
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    ad = d.abs()
    loss = torch.where(ad < beta, 0.5 * d * d, beta * (ad - 0.5 * beta))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
