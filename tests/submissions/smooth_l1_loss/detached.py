# expect: wrong_answer
# The loss computed on detached tensors: right values, but no gradient reaches `input`.
# message: input\.grad is None
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = (input - target).detach()
    ad = d.abs()
    loss = ad if beta == 0 else torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
