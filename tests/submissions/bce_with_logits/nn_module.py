# expect: forbidden
# The nn.BCEWithLogitsLoss module.
import torch.nn as nn


def bce_with_logits(logits, targets, reduction="mean"):
    return nn.BCEWithLogitsLoss(reduction=reduction)(logits, targets)
