# expect: wrong_answer
# variant: the variance passed as the std
# normal_ takes the std: passing the variance 2 / (fan_in + fan_out) shrinks every weight.
# message: sample std
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    var = gain ** 2 * 2 / ((tensor.shape[0] + tensor.shape[1]) * rf)
    with torch.no_grad():
        return tensor.normal_(0, var)
