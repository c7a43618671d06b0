# expect: wrong_answer
# variant: the tie split of torch.maximum at x = 0
# max(x, a x) (right for 0 <= a < 1): autograd splits the gradient at the tie x = 0.
# message: x = 0, grad_output
import torch


def leaky_relu(x, negative_slope=0.01):
    return torch.maximum(x, negative_slope * x)
