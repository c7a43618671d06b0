# expect: wrong_answer
# No branch for p = 1: the mask is all zero and 0 / (1 - 1) = 0 / 0 = nan.
# message: p=1.*nan
import torch


def dropout(x, p, training=True):
    if not training:
        return x
    keep = (torch.rand_like(x) >= p).to(x.dtype)
    return x * keep / torch.tensor(1 - p, dtype=x.dtype, device=x.device)
