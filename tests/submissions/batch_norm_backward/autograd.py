# expect: forbidden
# The forward written out, the backward left to torch.autograd.grad: the derivation is the exercise.
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = (0,) + tuple(range(2, x.dim()))
    shape = (1, -1) + (1,) * (x.dim() - 2)
    x = x.detach().requires_grad_(True)
    g = gamma.detach().requires_grad_(True)
    b = torch.zeros_like(gamma, requires_grad=True)
    mean = x.mean(dim=dims, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=dims, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps) * g.reshape(shape) + b.reshape(shape)
    return torch.autograd.grad(y, (x, g, b), dout)
