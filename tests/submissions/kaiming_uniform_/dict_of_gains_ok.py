# expect: accepted
# Gains from a table, fans by hand.
import math
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    receptive = math.prod(tensor.shape[2:])
    fans = {"fan_in": tensor.shape[1] * receptive, "fan_out": tensor.shape[0] * receptive}
    gains = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3, "relu": math.sqrt(2.0),
             "leaky_relu": math.sqrt(2.0 / (1 + a * a))}
    if tensor.numel() == 0:
        return tensor
    bound = math.sqrt(3.0) * gains[nonlinearity] / math.sqrt(fans[mode])
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
