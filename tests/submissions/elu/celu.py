# expect: forbidden
# celu is elu for alpha = 1 (and close enough to try).
import torch


def elu(x, alpha=1.0):
    return torch.celu(x, alpha)
