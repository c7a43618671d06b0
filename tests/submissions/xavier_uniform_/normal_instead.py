# expect: wrong_answer
# variant: a normal distribution
# Draws from a normal with the right std: values fall outside +-bound (and it is not uniform).
# message: outside the bound
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    fan_in, fan_out = tensor.shape[1] * tensor[0][0].numel(), tensor.shape[0] * tensor[0][0].numel()
    with torch.no_grad():
        return tensor.normal_(0, gain * math.sqrt(2 / (fan_in + fan_out)))
