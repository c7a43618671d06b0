# expect: forbidden
# The nn module.
from torch import nn


def tanh(x):
    return nn.Tanh()(x)
