# expect: wrong_answer
# sqrt(2 / (1 + a^2)) for relu too: torch ignores a unless the nonlinearity is leaky_relu.
# message: ignores a=1
import math
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    if nonlinearity in ("relu", "leaky_relu"):
        gain = math.sqrt(2 / (1 + a ** 2))
    else:
        gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3}[nonlinearity]
    bound = math.sqrt(3) * gain / math.sqrt(fan)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
