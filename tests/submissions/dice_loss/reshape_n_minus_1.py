# expect: runtime_error
# message: empty batch
# reshape(N, -1): right everywhere but on an empty batch, where -1 cannot be inferred.
import torch


def dice_loss(logits, targets, smooth=1.0, reduction="mean"):
    n = logits.shape[0]
    p = torch.sigmoid(logits).reshape(n, -1)
    t = targets.reshape(n, -1)
    loss = 1 - (2 * (p * t).sum(1) + smooth) / (p.sum(1) + t.sum(1) + smooth)
    return {"none": loss, "sum": loss.sum(), "mean": loss.mean()}[reduction]
