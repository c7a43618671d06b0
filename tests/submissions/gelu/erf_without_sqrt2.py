# expect: wrong_answer
# variant: erf(x) without the 1 / sqrt(2)
# Phi(x) written as 0.5 * (1 + erf(x)): the argument of erf is x / sqrt(2).
# message: output
import math
import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1 + torch.erf(x))
