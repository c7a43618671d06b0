# expect: forbidden
# log_softmax as a Tensor method: that is the step to write by hand.
import torch


def cross_entropy(logits, target, reduction="mean"):
    loss = -logits.log_softmax(dim=1).gather(1, target[:, None]).squeeze(1)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
