# expect: wrong_answer
# variant: the tanh approximation for approximate="none"
# The tanh approximation whatever `approximate` says: the default is the exact erf form.
# message: output
import math
import torch


def gelu(x, approximate="none"):
    return 0.5 * x * (1 + torch.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))
