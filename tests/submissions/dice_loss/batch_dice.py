# expect: wrong_answer
# variant: one Dice for the whole batch
# One Dice over the whole batch (sums over the batch dim too), as a "batch Dice":
# reduction="none" then even has the wrong shape.
import torch


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    p = torch.sigmoid(logits)
    loss = 1 - (2 * (p * targets).sum() + smooth) / (p.sum() + targets.sum() + smooth)
    if reduction == "none":
        return loss.expand(logits.shape[0])
    return loss * logits.shape[0] if reduction == "sum" else loss
