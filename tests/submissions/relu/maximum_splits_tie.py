# expect: wrong_answer
# variant: a gradient of 1/2 at x = 0 (a tie split in two)
# torch.maximum(x, 0): at the tie x = 0 autograd splits the gradient, 1/2 to each side.
# message: x = 0, grad_output
import torch


def relu(x):
    return torch.maximum(x, torch.zeros_like(x))
