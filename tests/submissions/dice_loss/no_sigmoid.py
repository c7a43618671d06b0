# expect: wrong_answer
# variant: the logits used as probabilities (no sigmoid)
# message: output
# The logits used as probabilities: no sigmoid.
def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    p = logits.flatten(1)
    t = targets.flatten(1)
    loss = 1 - (2 * (p * t).sum(1) + smooth) / (p.sum(1) + t.sum(1) + smooth)
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]
