# expect: wrong_answer
# variant: both stable forms of the raw x through torch.where
# The two stable forms chosen by torch.where, but each fed the raw x: the branch that is not
# selected still overflows (exp(1000) = inf) and its zero upstream gradient becomes 0 * inf = nan.
# message: x.grad
import torch


def sigmoid(x):
    return torch.where(x >= 0, 1 / (1 + torch.exp(-x)), torch.exp(x) / (1 + torch.exp(x)))
