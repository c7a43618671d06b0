# expect: wrong_answer
# variant: a uniform distribution
# A uniform with the right std: the moments match, the shape does not.
# message: not normal.*Kolmogorov
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    std = gain * math.sqrt(2 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    b = math.sqrt(3) * std
    with torch.no_grad():
        return tensor.uniform_(-b, b)
