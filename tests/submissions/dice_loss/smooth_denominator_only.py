# expect: wrong_answer
# variant: smooth in the denominator only
# message: output
# smooth only in the denominator (an "eps" against 0/0): empty masks then get loss 1.
import torch


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    p = torch.sigmoid(logits).flatten(1)
    t = targets.flatten(1)
    loss = 1 - 2 * (p * t).sum(1) / (p.sum(1) + t.sum(1) + smooth)
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]
