# expect: forbidden
# torch.autograd.grad imported under another name.
from torch.autograd import grad as g
import torch.nn.functional as F


def smooth_l1_grad(x, beta=1.0):
    x = x.detach().requires_grad_(True)
    (out,) = g(F.smooth_l1_loss(x, x * 0, beta=beta, reduction="sum"), x)
    return out
