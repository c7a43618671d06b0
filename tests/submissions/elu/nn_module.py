# expect: forbidden
# The nn module.
import torch.nn as nn


def elu(x, alpha=1.0):
    return nn.ELU(alpha)(x)
