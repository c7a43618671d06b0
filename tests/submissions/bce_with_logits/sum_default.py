# expect: wrong_answer
# Default reduction "sum" instead of "mean".
import torch


def bce_with_logits(logits, targets, reduction="sum"):
    loss = logits.clamp(min=0) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
