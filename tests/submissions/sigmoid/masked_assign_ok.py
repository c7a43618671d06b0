# expect: accepted
# Each form computed only on its own elements and written into a zeros_like buffer:
# nothing overflows, the gradient flows through the indexed assignment.
import torch


def sigmoid(x):
    out = torch.zeros_like(x)
    pos = x >= 0
    out[pos] = 1 / (1 + torch.exp(-x[pos]))
    e = torch.exp(x[~pos])
    out[~pos] = e / (1 + e)
    return out
