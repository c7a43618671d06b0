# expect: wrong_answer
# variant: the erf form for approximate="tanh"
# The exact erf form whatever `approximate` says: approximate="tanh" asks for torch's tanh formula.
import math

import torch


def gelu(x, approximate="none"):
    return x * 0.5 * (1.0 + torch.erf(x / math.sqrt(2.0)))
