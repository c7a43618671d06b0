# expect: wrong_answer
# variant: the negative slope a ignored
# sqrt(2) whatever a is: nn.Linear's a = sqrt(5) needs gain sqrt(2 / 6).
# message: a=2.23607
import math
import torch


def kaiming_uniform_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    rf = math.prod(tensor.shape[2:])
    fan = (tensor.shape[1] if mode == "fan_in" else tensor.shape[0]) * rf
    gain = {"linear": 1.0, "sigmoid": 1.0, "tanh": 5 / 3}.get(nonlinearity, math.sqrt(2))
    bound = math.sqrt(3) * gain / math.sqrt(fan)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
