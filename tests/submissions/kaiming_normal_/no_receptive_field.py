# expect: wrong_answer
# variant: fans without the receptive field
# fan = in_channels (or out_channels) only: the kernel size never enters the std.
import math

import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    fan = tensor.size(1) if mode == "fan_in" else tensor.size(0)
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    std = gain / math.sqrt(fan) if fan else 0.0
    with torch.no_grad():
        return tensor.normal_(0, std)
