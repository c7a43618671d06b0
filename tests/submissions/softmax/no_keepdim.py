# expect: wrong_answer
# The sum without keepdim=True: [N,C] / [N] broadcasts to [N,N] (or against the wrong axis).
# message: shape
import torch


def softmax(x, dim=-1):
    e = torch.exp(x - x.amax(dim=dim, keepdim=True))
    return e / e.sum(dim=dim)
