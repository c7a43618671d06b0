# expect: accepted
# An honest variant: both log-probabilities by F.logsigmoid (allowed), clamp form for nothing.
import torch.nn.functional as F


def bce_with_logits(logits, targets, reduction="mean"):
    loss = -(targets * F.logsigmoid(logits) + (1 - targets) * F.logsigmoid(-logits))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
