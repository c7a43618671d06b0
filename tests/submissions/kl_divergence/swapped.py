# expect: wrong_answer
# variant: KL(q || p)
# KL(q || p) instead of KL(p || q).
# message: expected
import torch


def kl_divergence(p, q):
    return (torch.xlogy(q, q) - torch.xlogy(q, p)).sum(-1)
