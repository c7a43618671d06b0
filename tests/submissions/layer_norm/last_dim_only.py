# expect: wrong_answer
# variant: statistics over the last dim only
# Statistics over dim -1 only, whatever normalized_shape says: wrong as soon as it names
# two or more dims (normalized_shape=[4, 5] normalises the 20 values of each [4, 5] block).
# message: normalized_shape a list
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    mean = x.mean(dim=-1, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=-1, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
