# expect: accepted
# An honest variant: row max kept in the graph (its gradient cancels) and one-hot with num_classes.
import torch
import torch.nn.functional as F


def cross_entropy(logits, target, reduction="mean"):
    z = logits - logits.max(dim=1, keepdim=True).values
    logp = z - torch.log(torch.exp(z).sum(dim=1, keepdim=True))
    loss = -(F.one_hot(target, logits.shape[1]).to(logits.dtype) * logp).sum(dim=1)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
