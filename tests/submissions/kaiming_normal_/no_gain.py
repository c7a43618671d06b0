# expect: wrong_answer
# variant: no gain (std = 1 / sqrt(fan))
# std = 1 / sqrt(fan) (LeCun's rule): a and nonlinearity are accepted and never used.
import math

import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if tensor.numel() == 0:
        return tensor
    receptive = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * receptive
    with torch.no_grad():
        tensor.copy_(torch.randn_like(tensor) / math.sqrt(fan))
    return tensor
