# expect: wrong_answer
# variant: fans without the receptive field
# Fans from the first two dimensions only: a 3x3 conv has fans 9 times larger.
# message: Conv2d|Conv1d
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    fan_out, fan_in = tensor.shape[0], tensor.shape[1]
    bound = gain * math.sqrt(6 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
