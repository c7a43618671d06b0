# expect: wrong_answer
# variant: dropout with training=False too
# training ignored: dropout applied at evaluation time too.
# message: training=False
import torch


def dropout(x, p, training=True):
    if p == 1:
        return torch.zeros_like(x)
    return x * (torch.rand_like(x) >= p) / (1 - p)
