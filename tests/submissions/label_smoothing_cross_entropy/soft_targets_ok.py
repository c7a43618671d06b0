# expect: accepted
# An honest variant: the smoothed target distribution written out,
# q = (1 - s) * onehot + s / C, loss = -sum(q * log p), masked by multiplication.
import torch
import torch.nn.functional as F


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    c = logits.shape[1]
    z = logits - logits.max(dim=1, keepdim=True).values
    logp = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    valid = target != ignore_index
    onehot = F.one_hot(target.clamp(0, c - 1), c).movedim(-1, 1).to(logits.dtype)
    q = (1 - smoothing) * onehot + smoothing / c
    loss = -(q * logp).sum(dim=1) * valid.to(logits.dtype)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / valid.sum()
