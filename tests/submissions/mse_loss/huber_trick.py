# expect: forbidden
# huber_loss with a huge delta is 0.5 * d^2: a relative of the shortcut, forbidden too.
import torch


def mse_loss(input, target, reduction="mean"):
    return 2 * torch.nn.functional.huber_loss(input, target, reduction=reduction, delta=1e30)
