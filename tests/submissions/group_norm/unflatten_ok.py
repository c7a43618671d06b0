# expect: accepted
# An honest variant: the group axis by unflatten (no -1, so N = 0 needs no branch),
# torch.var_mean with correction=0 over the channel and spatial axes of each group.
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    c = x.shape[1]
    g = x.unflatten(1, (num_groups, c // num_groups))  # [N, G, C/G, *]
    dims = tuple(range(2, g.dim()))
    var, mean = torch.var_mean(g, dim=dims, correction=0, keepdim=True)
    y = ((g - mean) * torch.rsqrt(var + eps)).flatten(1, 2)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.view(shape)
    if bias is not None:
        y = y + bias.view(shape)
    return y
