# expect: wrong_answer
# variant: the sum for reduction="mean"
# The per-sample losses summed for "mean" too: the division by N forgotten.
import torch


def cross_entropy(logits, target, reduction="mean"):
    shifted = logits - logits.max(dim=1, keepdim=True).values
    logp = shifted - torch.log(torch.exp(shifted).sum(dim=1, keepdim=True))
    loss = -logp[torch.arange(logits.shape[0]), target]
    if reduction == "none":
        return loss
    return loss.sum()
