# expect: wrong_answer
# variant: x / (1 + exp(-x))
# x / (1 + exp(-x)): the value at x = -1000 is -1000 / inf = -0, but autograd's gradient
# there is inf / inf = nan.
# message: x.grad.*got nan
import torch


def silu(x):
    return x / (1 + torch.exp(-x))
