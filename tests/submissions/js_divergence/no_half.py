# expect: wrong_answer
# variant: KL(p || m) + KL(q || m) without the halves
# KL(p || m) + KL(q || m) without the 0.5 factors: twice the divergence.
# message: expected
import torch


def _kl(a, b):
    return (torch.xlogy(a, a) - torch.xlogy(a, b)).sum(-1)


def js_divergence(p, q):
    m = (p + q) / 2
    return _kl(p, m) + _kl(q, m)
