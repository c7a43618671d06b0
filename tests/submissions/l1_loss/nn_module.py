# expect: forbidden
# The nn.L1Loss module.
from torch import nn


def l1_loss(input, target, reduction="mean"):
    return nn.L1Loss(reduction=reduction)(input, target)
