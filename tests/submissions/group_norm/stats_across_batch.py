# expect: wrong_answer
# variant: statistics pooled over the batch
# The statistics of a group pooled over the whole batch (as BatchNorm would), not per sample:
# group norm never mixes samples.
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[:2]
    if x.numel() == 0:
        return x * 1.0
    g = x.reshape(n, num_groups, -1)
    mean = g.mean(dim=(0, 2), keepdim=True)
    var = ((g - mean) ** 2).mean(dim=(0, 2), keepdim=True)
    y = ((g - mean) / torch.sqrt(var + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y
