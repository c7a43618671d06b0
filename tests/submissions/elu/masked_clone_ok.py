# expect: accepted
# A clone of x with only the non-positive entries replaced: exp never sees 1000.
import torch


def elu(x, alpha=1.0):
    out = x.clone()
    neg = x <= 0
    out[neg] = alpha * (torch.exp(x[neg]) - 1)
    return out
