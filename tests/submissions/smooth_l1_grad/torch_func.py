# expect: forbidden
# torch.func.grad with vmap: still autograd.
import torch
from torch.func import grad, vmap


def smooth_l1_grad(x, beta=1.0):
    f = lambda v: torch.nn.functional.smooth_l1_loss(v, torch.zeros_like(v), beta=beta)
    return vmap(grad(f))(x.reshape(-1)).reshape(x.shape)
