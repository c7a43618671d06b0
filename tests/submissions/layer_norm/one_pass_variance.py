# expect: wrong_answer
# var = E[x^2] - E[x]^2 in one pass: with a row mean of 1000 in float32, E[x^2] ~ 1e6 has an
# ulp of 0.06 and the variance (~1) is lost in the cancellation.
# message: mean ~1000
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = tuple(range(-len(normalized_shape), 0))
    mean = x.mean(dim=dims, keepdim=True)
    var = (x * x).mean(dim=dims, keepdim=True) - mean * mean
    y = (x - mean) / torch.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
