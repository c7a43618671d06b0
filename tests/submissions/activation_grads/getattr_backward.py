# expect: forbidden
# Tensor.backward reached through getattr.
import torch


def activation_grads(x):
    t = x.detach().clone().requires_grad_(True)
    getattr(torch.tanh(t).sum(), "backward")()
    return {"tanh": t.grad}
