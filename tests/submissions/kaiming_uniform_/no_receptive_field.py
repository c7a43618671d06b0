# expect: wrong_answer
# variant: fans without the receptive field
# Fans read as shape[1] / shape[0], as for a Linear weight: a 3x3 conv's fans are 9 times larger.
import math

import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    fan_out, fan_in = tensor.shape[0], tensor.shape[1]
    fan = fan_in if mode == "fan_in" else fan_out
    if nonlinearity == "leaky_relu":
        gain = math.sqrt(2.0 / (1 + a * a))
    elif nonlinearity == "relu":
        gain = math.sqrt(2.0)
    elif nonlinearity == "tanh":
        gain = 5.0 / 3
    else:
        gain = 1.0
    bound = gain * math.sqrt(3.0 / fan) if fan else 0.0
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
