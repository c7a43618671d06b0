# expect: wrong_answer
# variant: the beta = 1 formula for every beta
# beta ignored: the classic beta = 1 formula whatever beta is passed.
# message: beta=
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    ad = d.abs()
    loss = torch.where(ad < 1, 0.5 * d * d, ad - 0.5)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
