# expect: wrong_answer
# Always fan_in, whatever mode says.
# message: fan_out
import math
import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    fan = tensor.shape[1] * math.prod(tensor.shape[2:])
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    with torch.no_grad():
        return tensor.normal_(0, gain / math.sqrt(fan))
