# expect: wrong_answer
# variant: dx without the path through the variance
# Keeps the path through the mean but forgets the one through the variance:
# dx = gamma * invstd * (dout - mean(dout)), missing - xhat * mean(dout * xhat).
# message: dx: \d+ of \d+ values differ
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = (0,) + tuple(range(2, x.dim()))
    shape = (1, -1) + (1,) * (x.dim() - 2)
    mean = x.mean(dim=dims, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=dims, keepdim=True)
    invstd = 1 / torch.sqrt(var + eps)
    xhat = (x - mean) * invstd
    dx = gamma.reshape(shape) * invstd * (dout - dout.mean(dim=dims, keepdim=True))
    return dx, (dout * xhat).sum(dim=dims), dout.sum(dim=dims)
