# expect: wrong_answer
# variant: a base-2 log (bits)
# Base-2 log: JS in bits (bounded by 1) instead of nats (bounded by ln 2).
# message: expected
import torch


def _kl2(a, b):
    return (torch.xlogy(a, a) - torch.xlogy(a, b)).sum(-1) / torch.log(torch.tensor(2.0, dtype=a.dtype))


def js_divergence(p, q):
    m = (p + q) / 2
    return 0.5 * _kl2(p, m) + 0.5 * _kl2(q, m)
