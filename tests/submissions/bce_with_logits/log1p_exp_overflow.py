# expect: wrong_answer
# variant: log(1 + exp(-x)) without |x|
# (1 - t) x + log(1 + exp(-x)): exact algebra, but exp(1000) overflows to inf.
# message: got inf
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    loss = (1 - targets) * logits + torch.log1p(torch.exp(-logits))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
