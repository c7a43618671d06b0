# expect: wrong_answer
# variant: fan_in and fan_out swapped
# fan_in = shape[0]: the weight read as [in, out] (numpy's x @ W), but a torch weight is [out, in, *kernel].
import math

import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if tensor.numel() == 0:
        return tensor
    rf = math.prod(tensor.shape[2:])
    fan_in, fan_out = tensor.shape[0] * rf, tensor.shape[1] * rf
    fan = fan_in if mode == "fan_in" else fan_out
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3, "relu": math.sqrt(2),
            "leaky_relu": math.sqrt(2 / (1 + a ** 2))}[nonlinearity]
    with torch.no_grad():
        return tensor.normal_(0.0, gain / math.sqrt(fan))
