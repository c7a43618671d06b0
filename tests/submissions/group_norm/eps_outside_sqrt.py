# expect: wrong_answer
# variant: eps outside the square root
# Divides by the standard deviation plus eps, sqrt(var) + eps: the eps lands on the standard
# deviation instead of the variance (inside the square root).
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[:2]
    if n == 0:
        return x.clone()
    g = x.reshape(n, num_groups, -1)
    mean = g.mean(dim=-1, keepdim=True)
    std = torch.sqrt(((g - mean) ** 2).mean(dim=-1, keepdim=True))
    y = ((g - mean) / (std + eps)).reshape(x.shape)
    view = [1, c] + [1] * (x.dim() - 2)
    if weight is not None:
        y = y * weight.view(view)
    if bias is not None:
        y = y + bias.view(view)
    return y
