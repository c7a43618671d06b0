# expect: accepted
# The intersection by einsum, the Dice as 2I+s over S+s, the loss as (S - 2I) / (S + s).
import torch


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    p = torch.sigmoid(logits).flatten(1)
    t = targets.flatten(1)
    inter = torch.einsum("nd,nd->n", p, t)
    s = p.sum(1) + t.sum(1)
    loss = (s - 2 * inter) / (s + smooth)
    if reduction == "none":
        return loss
    return loss.sum() if reduction == "sum" else loss.mean()
