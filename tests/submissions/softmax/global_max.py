# expect: wrong_answer
# variant: one max for the whole tensor
# One max for the whole tensor: a row 2000 below it underflows to 0 / 0 = nan.
# message: got (nan|inf)
import torch


def softmax(x, dim=-1):
    e = torch.exp(x - x.max())
    return e / e.sum(dim=dim, keepdim=True)
