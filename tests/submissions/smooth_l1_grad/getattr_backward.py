# expect: forbidden
# Tensor.backward reached through getattr.
import torch


def smooth_l1_grad(x, beta=1.0):
    x = x.detach().clone().requires_grad_(True)
    ax = x.abs()
    loss = torch.where(ax < beta, 0.5 * x * x / max(beta, 1e-30), ax - 0.5 * beta).sum()
    getattr(loss, "backward")()
    return x.grad
