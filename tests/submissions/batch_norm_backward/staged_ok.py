# expect: accepted
# An honest variant: backpropagation through the staged graph (xmu, var, invstd, xhat)
# one node at a time, as in the CS231n derivation; more operations, same result.
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = [0] + list(range(2, x.dim()))
    shape = [1, x.shape[1]] + [1] * (x.dim() - 2)
    m = x.numel() // x.shape[1]
    mu = x.mean(dim=dims, keepdim=True)
    xmu = x - mu
    var = (xmu ** 2).sum(dim=dims, keepdim=True) / m
    sqrtvar = torch.sqrt(var + eps)
    ivar = 1.0 / sqrtvar
    xhat = xmu * ivar
    dbeta = dout.sum(dim=dims)
    dgamma = (dout * xhat).sum(dim=dims)
    dxhat = dout * gamma.view(shape)
    divar = (dxhat * xmu).sum(dim=dims, keepdim=True)
    dxmu1 = dxhat * ivar
    dsqrtvar = -divar / sqrtvar ** 2
    dvar = 0.5 * dsqrtvar / sqrtvar
    dxmu2 = 2 * xmu * dvar / m
    dx1 = dxmu1 + dxmu2
    dmu = -dx1.sum(dim=dims, keepdim=True)
    dx = dx1 + dmu / m
    return dx, dgamma, dbeta
