# expect: forbidden
# torch's own smooth_l1_loss.
import torch.nn.functional as F


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    return F.smooth_l1_loss(input, target, beta=beta, reduction=reduction)
