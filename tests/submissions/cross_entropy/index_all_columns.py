# expect: wrong_answer
# logp[:, target] picks every target for every row ([N, N]), not one entry per row.
# message: shape
import torch


def cross_entropy(logits, target, reduction="mean"):
    logp = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    loss = -logp[:, target]
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
