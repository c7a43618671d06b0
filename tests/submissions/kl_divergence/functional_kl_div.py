# expect: forbidden
# F.kl_div (input = log q, target = p) does the whole job.
import torch.nn.functional as F


def kl_divergence(p, q):
    return F.kl_div(q.log(), p, reduction="none").sum(-1)
