# expect: accepted
# The classic stable form with relu: its autograd gradient at a logit of exactly 0 is
# one-sided (-t instead of 0.5 - t), which the judge does not compare; the rest is right.
import torch
import torch.nn.functional as F


def bce_with_logits(logits, targets, reduction="mean"):
    loss = F.relu(logits) - logits * targets + torch.log1p(torch.exp(-logits.abs()))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
