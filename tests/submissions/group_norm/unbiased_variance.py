# expect: wrong_answer
# variant: the unbiased variance (divided by n - 1)
# torch.var's default (unbiased, divided by n - 1) instead of the biased variance.
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[:2]
    if x.numel() == 0:
        return x * 1.0
    g = x.reshape(n, num_groups, -1)
    y = ((g - g.mean(dim=2, keepdim=True)) / torch.sqrt(g.var(dim=2, keepdim=True) + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y
