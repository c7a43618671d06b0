# expect: runtime_error
# normal_ on a Parameter outside torch.no_grad().
# message: leaf Variable
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    return tensor.normal_(0, gain * math.sqrt(2 / ((tensor.shape[0] + tensor.shape[1]) * rf)))
