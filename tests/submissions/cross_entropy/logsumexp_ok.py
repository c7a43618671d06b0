# expect: accepted
# An honest variant: torch.logsumexp (allowed) and fancy indexing.
import torch


def cross_entropy(logits, target, reduction="mean"):
    loss = torch.logsumexp(logits, dim=1) - logits[torch.arange(logits.shape[0], device=logits.device), target]
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
