# expect: wrong_answer
# variant: the JS distance
# The JS distance (square root of the divergence), as scipy's jensenshannon returns it.
# message: expected
import torch


def _kl(a, b):
    return (torch.xlogy(a, a) - torch.xlogy(a, b)).sum(-1)


def js_divergence(p, q):
    m = (p + q) / 2
    return (0.5 * _kl(p, m) + 0.5 * _kl(q, m)).clamp(min=0).sqrt()
