# expect: wrong_answer
# variant: the gain left out
# std = sqrt(2 / (fan_in + fan_out)): gain=sqrt(2) or 5/3 changes nothing.
import math

import torch


def xavier_normal_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    std = math.sqrt(2.0 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        return tensor.normal_(0.0, std)
