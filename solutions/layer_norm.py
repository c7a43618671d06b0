"""Reference: layer normalisation, as torch.nn.functional.layer_norm.

    x: float32 or float64 tensor [*, D1, ..., Dk], on the CPU or CUDA.
    normalized_shape: an int or a tuple/list (D1, ..., Dk) = the last k dims of x.
    weight, bias: [D1, ..., Dk] of x's dtype and device, or None (1 and 0).
    y = (x - mean) / sqrt(var + eps) * weight + bias, mean and the BIASED variance
    (divided by D1*...*Dk) taken over the last k dims of each row; eps inside the sqrt.
    -> y of x's shape, dtype and device; differentiable by autograd in x, weight, bias.
"""
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = tuple(range(x.dim() - len(normalized_shape), x.dim()))
    if x.numel() == 0:  # no rows: nothing to average (a mean over 0 rows is nan)
        y = x * 1.0
    else:
        mean = x.mean(dim=dims, keepdim=True)
        xc = x - mean
        # two passes (mean first): E[x^2] - E[x]^2 loses the variance of large-mean rows
        var = (xc * xc).mean(dim=dims, keepdim=True)
        y = xc / torch.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
