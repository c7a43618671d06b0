# expect: wrong_answer
# variant: fans without the receptive field
# Fans from the first two dimensions only: a 3x3 conv has fans 9 times larger.
# message: Conv2d|Conv1d
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    std = gain * math.sqrt(2 / (tensor.shape[0] + tensor.shape[1]))
    with torch.no_grad():
        return tensor.normal_(0, std)
