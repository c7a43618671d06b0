# expect: wrong_answer
# variant: 1 - 2 / (exp(2x) + 1)
# 1 - 2 / (exp(2x) + 1): right values at +-1000, but autograd's gradient at x = 1000 is
# 4 exp(2000) / (exp(2000) + 1)^2 = inf / inf = nan.
# message: x.grad.*nan
import torch


def tanh(x):
    return 1 - 2 / (torch.exp(2 * x) + 1)
