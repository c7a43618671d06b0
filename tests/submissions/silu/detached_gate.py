# expect: wrong_answer
# variant: the gradient sigmoid(x) alone
# The sigmoid gate detached: the gradient misses the x * s * (1 - s) term.
# message: x.grad
import torch


def silu(x):
    return x * torch.sigmoid(x).detach()
