# expect: wrong_answer
# variant: softmax, then log
# softmax, then log: the target's probability underflows to 0 and log(0) = -inf.
# message: expected 2000, got inf
import torch


def cross_entropy(logits, target, reduction="mean"):
    p = torch.softmax(logits, dim=1)
    loss = -torch.log(p[torch.arange(len(target)), target])
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
