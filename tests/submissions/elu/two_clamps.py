# expect: wrong_answer
# variant: the sum of two clamps (gradient 1 + alpha at x = 0)
# max(0, x) + min(0, alpha (exp(x) - 1)) written with two clamps: no overflow, but both clamps
# pass the gradient at x = 0, so the derivative there is 1 + alpha instead of alpha.
# message: x = 0, grad_output
import torch


def elu(x, alpha=1.0):
    return torch.clamp(x, min=0) + alpha * (torch.exp(torch.clamp(x, max=0)) - 1)
