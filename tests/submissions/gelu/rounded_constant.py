# expect: wrong_answer
# 0.0447 for 0.044715 and 0.7978 for sqrt(2 / pi): close, but float64 answers are compared
# with rtol 1e-9.
# message: approximate='tanh'
import math
import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1 + torch.tanh(0.7978 * (x + 0.0447 * x ** 3)))
    return 0.5 * x * (1 + torch.erf(x / math.sqrt(2)))
