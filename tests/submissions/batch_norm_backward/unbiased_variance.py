# expect: wrong_answer
# variant: the unbiased variance (divided by m - 1)
# The forward statistics with torch.var's default (unbiased, / (m - 1)); training-mode BN
# normalises with the biased variance (/ m). The formula is right, xhat and invstd are not.
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = (0,) + tuple(range(2, x.dim()))
    shape = (1, -1) + (1,) * (x.dim() - 2)
    m = x.numel() // x.shape[1]
    mean = x.mean(dim=dims, keepdim=True)
    invstd = 1 / torch.sqrt(x.var(dim=dims, keepdim=True) + eps)
    xhat = (x - mean) * invstd
    dbeta = dout.sum(dim=dims)
    dgamma = (dout * xhat).sum(dim=dims)
    dx = gamma.reshape(shape) * invstd / m * (m * dout - dbeta.reshape(shape) - xhat * dgamma.reshape(shape))
    return dx, dgamma, dbeta
