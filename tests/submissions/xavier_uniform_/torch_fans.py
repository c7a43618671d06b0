# expect: forbidden
# torch's private fan helper: the fans are part of the exercise.
import math
import torch
from torch.nn.init import _calculate_fan_in_and_fan_out


def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    bound = gain * math.sqrt(6 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
