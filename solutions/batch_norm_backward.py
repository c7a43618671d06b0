"""Reference: the backward pass of training-mode batch normalisation, in closed form
(no autograd), as autograd through torch.nn.functional.batch_norm(training=True) gives it.

    x: float32 or float64 [N, C] or [N, C, H, W] on the CPU or CUDA; gamma: [C];
    dout: x's shape, the upstream gradient of y = gamma * xhat + beta, where
    xhat = (x - mean) / sqrt(var + eps), mean and the BIASED variance per channel over
    the m = N*H*W values of that channel (m >= 2).
    dbeta  = sum(dout)                     over the m values of each channel, [C]
    dgamma = sum(dout * xhat)              [C]
    dx     = gamma * invstd / m * (m * dout - dbeta - xhat * dgamma),  invstd = 1/sqrt(var + eps)
    -> (dx of x's shape, dgamma [C], dbeta [C]), all of x's dtype and device.
"""
import torch


def batch_norm_backward(x, gamma, dout, eps=1e-5):
    dims = (0,) + tuple(range(2, x.dim()))  # every axis but the channel axis 1
    shape = (1, -1) + (1,) * (x.dim() - 2)  # a [C] vector broadcast along axis 1
    m = x.numel() // x.shape[1]
    mean = x.mean(dim=dims, keepdim=True)
    xc = x - mean
    var = (xc * xc).mean(dim=dims, keepdim=True)  # biased, two passes
    invstd = 1.0 / torch.sqrt(var + eps)
    xhat = xc * invstd
    dbeta = dout.sum(dim=dims)
    dgamma = (dout * xhat).sum(dim=dims)
    dx = (gamma.reshape(shape) * invstd / m) * (m * dout - dbeta.reshape(shape) - xhat * dgamma.reshape(shape))
    return dx, dgamma, dbeta
