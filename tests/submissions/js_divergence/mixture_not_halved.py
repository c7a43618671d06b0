# expect: wrong_answer
# m = p + q (not divided by 2): every row comes out ln 2 too low (it can even be negative).
# message: expected
import torch


def _kl(a, b):
    return (torch.xlogy(a, a) - torch.xlogy(a, b)).sum(-1)


def js_divergence(p, q):
    m = p + q
    return 0.5 * _kl(p, m) + 0.5 * _kl(q, m)
