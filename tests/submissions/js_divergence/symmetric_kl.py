# expect: wrong_answer
# variant: the symmetrised KL, without the mixture m
# The symmetrised KL 0.5 * (KL(p || q) + KL(q || p)) (Jeffreys), not JS: no mixture m.
# message: expected
import torch


def _kl(a, b):
    return (torch.xlogy(a, a) - torch.xlogy(a, b)).sum(-1)


def js_divergence(p, q):
    return 0.5 * (_kl(p, q) + _kl(q, p))
