# expect: wrong_answer
# variant: a fixed slope of 0.01
# The default 0.01 whatever negative_slope is.
# message: negative_slope=0.2
import torch


def leaky_relu(x, negative_slope=0.01):
    return torch.where(x > 0, x, 0.01 * x)
