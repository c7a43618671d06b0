# expect: wrong_answer
# Gain 1 for tanh: torch's calculate_gain gives 5/3.
# message: tanh
import math
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    if nonlinearity == "relu":
        gain = math.sqrt(2)
    elif nonlinearity == "leaky_relu":
        gain = math.sqrt(2 / (1 + a ** 2))
    else:
        gain = 1.0
    bound = math.sqrt(3) * gain / math.sqrt(fan)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
