# expect: wrong_answer
# Summed over every element instead of per row along the last dim.
# message: shape
import torch


def kl_divergence(p, q):
    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum()
