# expect: forbidden
# torch.nn.init's truncated normal (and a different distribution anyway).
import math
import torch.nn as nn


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    fan = tensor.shape[1] * math.prod(tensor.shape[2:])
    return nn.init.trunc_normal_(tensor, std=math.sqrt(2 / fan))
