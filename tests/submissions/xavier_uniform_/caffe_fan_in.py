# expect: wrong_answer
# variant: fan_in alone (LeCun's rule, Caffe's "xavier")
# Caffe's "xavier" filler (variance_norm FAN_IN): bound = sqrt(3 / fan_in), fan_out never used.
import math

import torch


def xavier_uniform_(tensor, gain=1.0):
    fan_in = tensor.shape[1] * math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(3.0 / fan_in)
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
