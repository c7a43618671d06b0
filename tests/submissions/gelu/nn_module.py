# expect: forbidden
# The nn module.
from torch import nn


def gelu(x, approximate="none"):
    return nn.GELU(approximate=approximate)(x)
