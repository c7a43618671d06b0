# expect: accepted
# The max is not detached: its gradient contribution cancels (d softmax / d shift = 0).
import torch


def softmax(x, dim=-1):
    m = x.max(dim=dim, keepdim=True).values
    e = torch.exp(x - m)
    return e / e.sum(dim=dim, keepdim=True)
