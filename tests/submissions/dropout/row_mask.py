# expect: wrong_answer
# One draw per row (a [..., 1] mask broadcast over the last dim): whole rows dropped together.
# message: independently
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return torch.zeros_like(x)
    shape = x.shape[:-1] + (1,) if x.dim() > 1 else x.shape
    keep = torch.rand(shape, dtype=x.dtype, device=x.device) >= p
    return x * keep / (1 - p)
