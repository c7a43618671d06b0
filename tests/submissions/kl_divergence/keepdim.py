# expect: wrong_answer
# keepdim=True: [B,1] (and [1] for a vector) instead of p.shape[:-1].
# message: returned shape \[1\], expected \[\]
import torch


def kl_divergence(p, q):
    return (torch.xlogy(p, p) - torch.xlogy(p, q)).sum(-1, keepdim=True)
