"""Reference: group normalisation, as torch.nn.functional.group_norm.

    x: float32 or float64 tensor [N, C, *] (* any number of spatial dims, none included),
    on the CPU or CUDA; num_groups G divides C; group g holds the contiguous channels
    [g*C/G, (g+1)*C/G).
    weight, bias: [C] (one per channel, not per group), or None (1 and 0).
    y = (x - mean_g) / sqrt(var_g + eps) * weight[c] + bias[c], mean_g and the BIASED
    variance var_g over the C/G channels and all spatial positions of group g of sample n.
    -> y of x's shape, dtype and device; differentiable by autograd in x, weight, bias.
"""
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[0], x.shape[1]
    affine_shape = (1, c) + (1,) * (x.dim() - 2)
    if x.numel() == 0:  # N = 0 (or no spatial positions): nothing to average
        y = x * 1.0
    else:
        g = x.reshape(n, num_groups, -1)  # [N, G, C/G * spatial]: contiguous channels per group
        mean = g.mean(dim=2, keepdim=True)
        gc = g - mean
        var = (gc * gc).mean(dim=2, keepdim=True)  # biased, two passes
        y = (gc / torch.sqrt(var + eps)).reshape(x.shape)
    if weight is not None:
        y = y * weight.reshape(affine_shape)
    if bias is not None:
        y = y + bias.reshape(affine_shape)
    return y
