# expect: wrong_answer
# variant: eps outside the square root
# eps added to the standard deviation, invstd = 1 / (sqrt(var) + eps), as some hand-written LayerNorms do.
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = [0] + list(range(2, x.dim()))
    shape = [1, -1] + [1] * (x.dim() - 2)
    m = x.numel() // x.shape[1]
    mu = x.mean(dim=dims, keepdim=True)
    std = ((x - mu) ** 2).mean(dim=dims, keepdim=True).sqrt()
    invstd = 1.0 / (std + eps)
    xhat = (x - mu) * invstd
    dbeta = dout.sum(dim=dims)
    dgamma = (dout * xhat).sum(dim=dims)
    dxhat = dout * gamma.view(shape)
    dx = invstd / m * (m * dxhat - dxhat.sum(dim=dims, keepdim=True)
                       - xhat * (dxhat * xhat).sum(dim=dims, keepdim=True))
    return dx, dgamma, dbeta
