# expect: wrong_answer
# variant: no gain (std = 1 / sqrt(fan))
# bound = sqrt(3 / fan): the nonlinearity is never looked at, so the He factor sqrt(2) is missing.
import math

import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if tensor.numel() == 0:
        return tensor
    rf = 1
    for k in tensor.shape[2:]:
        rf *= k
    fan = tensor.shape[1] * rf if mode == "fan_in" else tensor.shape[0] * rf
    bound = math.sqrt(3.0 / fan)
    with torch.no_grad():
        tensor.uniform_(-bound, bound)
    return tensor
