# expect: wrong_answer
# variant: fan_in alone (LeCun's rule, Caffe's "xavier")
# std = gain * sqrt(1 / fan_in): LeCun's rule, not Glorot's average of the two fans.
# message: sample std
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    fan_in = tensor.shape[1] * math.prod(tensor.shape[2:])
    with torch.no_grad():
        return tensor.normal_(0, gain / math.sqrt(fan_in))
