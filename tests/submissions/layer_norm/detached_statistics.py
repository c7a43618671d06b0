# expect: wrong_answer
# variant: mean and variance detached from autograd
# Mean and variance computed under torch.no_grad() (treated as constants): the value is right,
# but x.grad misses the paths through the mean and the variance.
# message: x\.grad \(by autograd
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    dims = tuple(range(-len(normalized_shape), 0))
    with torch.no_grad():
        mean = x.mean(dim=dims, keepdim=True)
        var = ((x - mean) ** 2).mean(dim=dims, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
