# expect: accepted
# A correct one-liner: xlogy(0, y) = 0 gives the convention.
import torch


def kl_divergence(p, q):
    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(-1)
