# expect: wrong_answer
# variant: the textbook 1 / (1 + exp(-x))
# The textbook 1 / (1 + exp(-x)): the value survives x = -1000 (1 / inf = 0), but autograd
# computes exp(1000) / (1 + exp(1000))^2 = inf / inf = nan in the gradient.
# message: x.grad.*nan|x.grad.*NaN
import torch


def sigmoid(x):
    return 1 / (1 + torch.exp(-x))
