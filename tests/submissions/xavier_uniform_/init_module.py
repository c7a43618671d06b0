# expect: forbidden
# torch.nn.init itself, through the nn namespace.
from torch import nn


def xavier_uniform_(tensor, gain=1.0):
    return nn.init.xavier_uniform_(tensor, gain)
