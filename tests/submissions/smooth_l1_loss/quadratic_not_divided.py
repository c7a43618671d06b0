# expect: wrong_answer
# variant: the quadratic piece not divided by beta
# 0.5 * d**2 inside |d| < beta, without the / beta: the pieces only meet at |d| == beta when beta = 1.
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    diff = torch.abs(input - target)
    loss = torch.where(diff < beta, 0.5 * diff ** 2, diff - 0.5 * beta)
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
