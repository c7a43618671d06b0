# expect: wrong_answer
# variant: x >= 0 for the linear branch
# x >= 0 puts x = 0 on the positive side: gradient 1 there, torch gives negative_slope.
# message: x = 0, grad_output
import torch


def leaky_relu(x, negative_slope=0.01):
    return torch.where(x >= 0, x, negative_slope * x)
