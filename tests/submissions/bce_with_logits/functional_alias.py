# expect: forbidden
# torch's own function, through the torch namespace.
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    red = {"none": 0, "mean": 1, "sum": 2}[reduction]
    return torch.binary_cross_entropy_with_logits(logits, targets, None, None, red)
