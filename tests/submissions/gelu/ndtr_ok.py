# expect: accepted
# Phi from torch.special.ndtr (allowed), the tanh form written out.
import math
import torch


def gelu(x, approximate="none"):
    if approximate == "tanh":
        inner = math.sqrt(2 / math.pi) * (x + 0.044715 * torch.pow(x, 3))
        return 0.5 * x * (1 + torch.tanh(inner))
    return x * torch.special.ndtr(x)
