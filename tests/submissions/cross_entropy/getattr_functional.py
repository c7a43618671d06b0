# expect: forbidden
# F.cross_entropy reached through getattr.
import torch


def cross_entropy(logits, target, reduction="mean"):
    fn = getattr(torch.nn.functional, "cross_entropy")
    return fn(logits, target, reduction=reduction)
