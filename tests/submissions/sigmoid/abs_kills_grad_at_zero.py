# expect: wrong_answer
# variant: the exp(-|x|) form
# The usual stable trick through exp(-|x|): right values, no nan, but autograd
# differentiates abs as 0 at x = 0, so sigmoid'(0) comes out 0 instead of 0.25.
# message: x\.grad.*expected -?0\.\d+, got -?0\b|x\.grad.*expected -?0\.\d+, got 0
import torch


def sigmoid(x):
    e = torch.exp(-x.abs())
    return torch.where(x >= 0, 1 / (1 + e), e / (1 + e))
