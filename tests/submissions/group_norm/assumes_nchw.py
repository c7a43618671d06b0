# expect: runtime_error
# Written for [N, C, H, W] only: the [N, C] and [N, C, L] inputs break the 4-D reshapes.
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c, h, w = x.shape
    g = x.reshape(n, num_groups, c // num_groups, h, w)
    mean = g.mean(dim=(2, 3, 4), keepdim=True)
    var = ((g - mean) ** 2).mean(dim=(2, 3, 4), keepdim=True)
    y = ((g - mean) / torch.sqrt(var + eps)).reshape(n, c, h, w)
    if weight is not None:
        y = y * weight.reshape(1, c, 1, 1)
    if bias is not None:
        y = y + bias.reshape(1, c, 1, 1)
    return y
