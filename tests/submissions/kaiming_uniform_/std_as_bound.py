# expect: wrong_answer
# variant: the std used as the bound
# U(-std, std) with std = gain / sqrt(fan): the sqrt(3) that turns a std into a uniform bound is missing.
import math

import torch

GAINS = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3, "relu": math.sqrt(2.0)}


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    gain = math.sqrt(2.0 / (1 + a ** 2)) if nonlinearity == "leaky_relu" else GAINS[nonlinearity]
    std = gain / math.sqrt(fan) if fan else 0.0
    with torch.no_grad():
        return tensor.uniform_(-std, std)
