# expect: forbidden
# torch's own mse_loss.
import torch.nn.functional as F


def mse_loss(input, target, reduction="mean"):
    return F.mse_loss(input, target, reduction=reduction)
