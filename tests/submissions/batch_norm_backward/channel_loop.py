# expect: time_limit_exceeded
# Correct, one channel at a time in a Python loop: ~15 small tensor ops per channel, hundreds
# of channels: far over 10x the vectorised formula.
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dx = torch.empty_like(x)
    dgamma = torch.empty_like(gamma)
    dbeta = torch.empty_like(gamma)
    for c in range(x.shape[1]):
        xc, dc = x[:, c], dout[:, c]
        m = xc.numel()
        mu = xc.mean()
        invstd = 1 / torch.sqrt(((xc - mu) ** 2).mean() + eps)
        xhat = (xc - mu) * invstd
        dbeta[c] = dc.sum()
        dgamma[c] = (dc * xhat).sum()
        dx[:, c] = gamma[c] * invstd / m * (m * dc - dbeta[c] - xhat * dgamma[c])
    return dx, dgamma, dbeta
