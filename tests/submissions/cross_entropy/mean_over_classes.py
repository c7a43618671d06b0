# expect: wrong_answer
# variant: a mean over N * C entries
# One-hot times log-probabilities, then .mean() over all N*C entries: divides by N*C, not N.
import torch
import torch.nn.functional as F


def cross_entropy(logits, target, reduction="mean"):
    m = logits.max(dim=1, keepdim=True).values
    logp = logits - m - torch.logsumexp(logits - m, dim=1, keepdim=True)
    picked = -F.one_hot(target, logits.shape[1]).to(logits.dtype) * logp
    if reduction == "none":
        return picked.sum(dim=1)
    return picked.mean() if reduction == "mean" else picked.sum()
