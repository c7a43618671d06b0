# expect: wrong_answer
# variant: exp(x) computed on every element
# The textbook torch.where: exp(1000) = inf in the branch that is not selected, and its
# zero upstream gradient times inf is nan.
# message: x = \d+.*got nan
import torch


def elu(x, alpha=1.0):
    return torch.where(x > 0, x, alpha * (torch.exp(x) - 1))
