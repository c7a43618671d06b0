"""Reference: batch normalisation of an NCHW batch, as torch.nn.functional.batch_norm,
but functional: the new running statistics are returned and nothing is modified in place.

    x [N, C, H, W]; running_mean, running_var [C]; weight, bias [C] or None (1 and 0);
    all of one floating dtype on one device.
    training=True: normalise with the batch statistics over (N, H, W) per channel, the
      variance BIASED (divided by n = N*H*W); the running statistics move towards the
      batch's: new = (1 - momentum) * running + momentum * batch, with the UNBIASED
      variance (divided by n - 1) for running_var.
    training=False: normalise with running_mean and running_var; they come back unchanged.
    y = (x - mean) / sqrt(var + eps) * weight + bias
    -> (y [N, C, H, W], new_running_mean [C], new_running_var [C])
"""
import torch


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    shape = (1, -1, 1, 1)
    if training:
        n = x.numel() // x.shape[1]
        mean = x.mean(dim=(0, 2, 3))
        # two passes (mean first): E[x^2] - E[x]^2 loses the variance of large-mean data
        var = ((x - mean.reshape(shape)) ** 2).mean(dim=(0, 2, 3))
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var * (n / (n - 1))
    else:
        mean, var = running_mean, running_var
        new_mean, new_var = running_mean.clone(), running_var.clone()
    y = (x - mean.reshape(shape)) / torch.sqrt(var.reshape(shape) + eps)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y, new_mean, new_var
