# expect: wrong_answer
# The uniform version with the same std: kaiming_normal_ draws from a normal.
# message: not normal
import math
import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    b = math.sqrt(3) * gain / math.sqrt(fan) if fan else 0.0
    with torch.no_grad():
        return tensor.uniform_(-b, b)
