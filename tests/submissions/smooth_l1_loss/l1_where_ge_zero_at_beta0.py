# expect: wrong_answer
# beta = 0 handled with |d| written as where(d >= 0, d, -d): gradient +1 at d = 0, torch's is 0.
# message: beta=0.*input\.grad
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    if beta == 0:
        loss = torch.where(d >= 0, d, -d)
    else:
        ad = d.abs()
        loss = torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
