# expect: forbidden
# The nn.SmoothL1Loss module.
from torch import nn


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    return nn.SmoothL1Loss(reduction=reduction, beta=beta)(input, target)
