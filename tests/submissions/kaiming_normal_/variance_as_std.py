# expect: wrong_answer
# variant: the variance passed as the std
# normal_ takes the std: gain^2 / fan is the variance.
# message: sample std
import math
import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    with torch.no_grad():
        return tensor.normal_(0, gain ** 2 / fan)
