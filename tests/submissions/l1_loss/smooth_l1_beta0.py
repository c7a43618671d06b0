# expect: forbidden
# smooth_l1_loss with beta=0 is L1: a relative of the shortcut, forbidden too.
import torch.nn.functional as F


def l1_loss(input, target, reduction="mean"):
    return F.smooth_l1_loss(input, target, beta=0.0, reduction=reduction)
