# expect: wrong_answer
# variant: the std used as the bound
# U(-std, std): the bound of a uniform is sqrt(3) times its std.
# message: only reach
import math
import torch


def _fans(t):
    rf = math.prod(t.shape[2:])
    return t.shape[1] * rf, t.shape[0] * rf


def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = _fans(tensor)
    std = gain * math.sqrt(2 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.uniform_(-std, std)
