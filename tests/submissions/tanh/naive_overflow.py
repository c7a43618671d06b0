# expect: wrong_answer
# variant: the definition as written
# The definition as written: exp(1000) = inf, and inf / inf = nan in the output itself.
# message: output.*nan
import torch


def tanh(x):
    a, b = torch.exp(x), torch.exp(-x)
    return (a - b) / (a + b)
