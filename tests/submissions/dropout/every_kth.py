# expect: wrong_answer
# A deterministic mask: every k-th element, spread so that exactly a fraction p is zeroed.
# Right fraction, right scale, but the same pattern every call and never two neighbours.
# message: independently|every call
import math

import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return torch.zeros_like(x)
    i = torch.arange(x.numel(), device=x.device, dtype=torch.float64)
    drop = torch.floor((i + 1) * p) > torch.floor(i * p)
    return (x.reshape(-1) * ~drop / (1 - p)).reshape(x.shape)
