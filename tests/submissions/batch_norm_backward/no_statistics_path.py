# expect: wrong_answer
# variant: dx without the paths through the statistics
# dx = gamma * dout / sqrt(var + eps): treats the mean and the variance as constants,
# as if the layer were in eval mode. dgamma and dbeta are right; dx is not.
# message: dx: \d+ of \d+ values differ
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = (0,) + tuple(range(2, x.dim()))
    shape = (1, -1) + (1,) * (x.dim() - 2)
    mean = x.mean(dim=dims, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=dims, keepdim=True)
    invstd = 1 / torch.sqrt(var + eps)
    xhat = (x - mean) * invstd
    dx = gamma.reshape(shape) * invstd * dout
    return dx, (dout * xhat).sum(dim=dims), dout.sum(dim=dims)
