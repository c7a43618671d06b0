# expect: forbidden
# Lets autograd do the work.
import torch
import torch.nn.functional as F


def activation_grads(x):
    out = {}
    for name, f in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("relu", F.relu),
                    ("leaky_relu", F.leaky_relu), ("elu", F.elu), ("gelu", F.gelu), ("silu", F.silu)]:
        t = x.detach().clone().requires_grad_(True)
        f(t).sum().backward()
        out[name] = t.grad
    return out
