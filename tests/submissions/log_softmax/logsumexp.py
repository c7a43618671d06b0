# expect: forbidden
# torch.logsumexp is the whole trick.
import torch


def log_softmax(x, dim=-1):
    return x - torch.logsumexp(x, dim=dim, keepdim=True)
