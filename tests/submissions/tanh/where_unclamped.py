# expect: wrong_answer
# variant: both stable forms of the raw x through torch.where
# Both stable forms through torch.where on the raw x: the unselected branch overflows and
# poisons the gradient with 0 * inf = nan.
# message: x.grad
import torch


def tanh(x):
    pos = (1 - torch.exp(-2 * x)) / (1 + torch.exp(-2 * x))
    neg = (torch.exp(2 * x) - 1) / (torch.exp(2 * x) + 1)
    return torch.where(x >= 0, pos, neg)
