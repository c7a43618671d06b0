# expect: wrong_answer
# variant: a base-2 log (bits)
# Base-2 log (bits) instead of the natural log (nats).
# message: expected
import torch


def kl_divergence(p, q):
    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(-1) / torch.log(torch.tensor(2.0, dtype=p.dtype))
