# expect: forbidden
# The same kernel through torch.kl_div, named by a string.
import torch


def kl_divergence(p, q):
    return getattr(torch, "kl_div")(q.log(), p, reduction=0).sum(-1)
