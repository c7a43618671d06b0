# expect: wrong_answer
# variant: squared sums in the denominator (V-Net)
# message: output
# V-Net's form (Milletari et al. 2016, eq. 1): p^2 and t^2 in the denominator.
import torch


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    p = torch.sigmoid(logits).flatten(1)
    t = targets.flatten(1)
    loss = 1 - (2 * (p * t).sum(1) + smooth) / ((p * p).sum(1) + (t * t).sum(1) + smooth)
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]
