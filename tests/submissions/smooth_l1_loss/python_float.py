# expect: wrong_answer
# The reduced loss returned as a Python float (.item()): not a tensor, and no gradient.
# message: returned a float, expected a torch tensor
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    ad = d.abs()
    loss = ad if beta == 0 else torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    return loss.mean().item() if reduction == "mean" else loss.sum().item()
