# expect: wrong_answer
# Dropout2d's mask ([N,C,1,1]: whole feature maps) used for plain dropout on 4-D inputs.
# message: along dim [23].*independently
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return torch.zeros_like(x)
    shape = x.shape[:2] + (1,) * (x.dim() - 2) if x.dim() == 4 else x.shape
    keep = torch.rand(shape, dtype=x.dtype, device=x.device) >= p
    return x * keep / (1 - p)
