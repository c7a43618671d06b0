# expect: wrong_answer
# q clamped to 1e-8 "for safety": wrong wherever q is genuinely smaller (1e-12 occurs).
# message: tiny|expected
import torch


def kl_divergence(p, q):
    return (torch.xlogy(p, p) - torch.xlogy(p, q.clamp(min=1e-8))).sum(-1)
