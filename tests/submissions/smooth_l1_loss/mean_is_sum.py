# expect: wrong_answer
# variant: the sum for reduction="mean"
# reduction="mean" computed as the sum.
# message: reduction=mean|default
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    ad = d.abs()
    loss = ad if beta == 0 else torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    return loss.sum()
