# expect: wrong_answer
# variant: probabilities clamped to [1e-7, 1 - 1e-7]
# Probabilities clamped to [eps, 1 - eps]: finite, but a logit of 1000 with target 0
# costs 1000, not -log(eps).
# message: expected 1000, got 15
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    p = torch.sigmoid(logits).clamp(1e-7, 1 - 1e-7)
    loss = -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
