# expect: wrong_answer
# variant: statistics over axis 0 only
# Written for [N, C]: statistics and sums over dim 0 only. On [N, C, H, W] the "channel"
# statistics become per-pixel ones (dx is wrong first) and dgamma would come back [C, H, W].
# message: statistics over N, H and W\]: dx
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    m = x.shape[0]
    g = gamma.reshape((1, -1) + (1,) * (x.dim() - 2))
    mean = x.mean(dim=0, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=0, keepdim=True)
    invstd = 1 / torch.sqrt(var + eps)
    xhat = (x - mean) * invstd
    dbeta = dout.sum(dim=0)
    dgamma = (dout * xhat).sum(dim=0)
    dx = g * invstd / m * (m * dout - dbeta - xhat * dgamma)
    return dx, dgamma, dbeta
