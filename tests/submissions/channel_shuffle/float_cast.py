# expect: wrong_answer
# Goes through float for a "matmul with a permutation matrix": integer inputs come back float.
# message: dtype
import torch


def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    perm = torch.arange(c, device=x.device).view(groups, c // groups).t().reshape(-1)
    p = torch.eye(c, device=x.device)[perm]
    return torch.einsum("kc,nchw->nkhw", p, x.float())
