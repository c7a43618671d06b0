# expect: accepted
# A correct variant: c = min(|d|, beta); loss = 0.5*c*c/beta + (|d| - c), with <= at the kink
# and beta = 0 taken apart. Both pieces meet at |d| == beta, so the judge accepts it.
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    ad = (input - target).abs()
    if beta == 0:
        loss = ad
    else:
        c = ad.clamp(max=beta)
        loss = 0.5 * c * c / beta + (ad - c)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.mean()
