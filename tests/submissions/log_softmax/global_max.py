# expect: wrong_answer
# variant: one max for the whole tensor
# One max for the whole tensor: a row far below it gets log(0) = -inf.
# message: got (nan|inf)
import torch


def log_softmax(x, dim=-1):
    s = x - x.max()
    return s - torch.log(torch.exp(s).sum(dim=dim, keepdim=True))
