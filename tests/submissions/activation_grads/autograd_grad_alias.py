# expect: forbidden
# torch.autograd.grad under another name.
import torch
from torch.autograd import grad as derivative


def activation_grads(x):
    t = x.detach().requires_grad_(True)
    (g,) = derivative(torch.sigmoid(t).sum(), t)
    return {"sigmoid": g}
