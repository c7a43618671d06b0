# expect: wrong_answer
# variant: the negative slope a ignored
# leaky_relu treated as relu: gain sqrt(2) even when a = 0.2 (2% off) or sqrt(5).
# message: a=
import math
import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3}.get(nonlinearity, math.sqrt(2))
    with torch.no_grad():
        return tensor.normal_(0, gain / math.sqrt(fan))
