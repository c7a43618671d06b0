# expect: wrong_answer
# variant: smoothing / (C - 1) on the other classes
# The other label-smoothing convention: 1 - smoothing on the target and smoothing / (C - 1) on
# each other class. torch (and Szegedy et al.) spread smoothing / C over all C classes.
# message: output
import torch


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    c = logits.shape[1]
    logp = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    valid = target != ignore_index
    t = torch.where(valid, target, 0)
    onehot = torch.nn.functional.one_hot(t, c).movedim(-1, 1).to(logits.dtype)
    q = onehot * (1 - smoothing) + (1 - onehot) * smoothing / max(c - 1, 1)
    loss = torch.where(valid, -(q * logp).sum(dim=1), 0.0)
    if reduction == "none":
        return loss
    return loss.sum() / valid.sum() if reduction == "mean" else loss.sum()
