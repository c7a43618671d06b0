# expect: forbidden
# Lets autograd do the work: the point is to derive it by hand.
import torch
import torch.nn.functional as F


def smooth_l1_grad(x, beta=1.0):
    x = x.detach().clone().requires_grad_(True)
    F.smooth_l1_loss(x, torch.zeros_like(x), beta=beta, reduction="sum").backward()
    return x.grad
