# expect: wrong_answer
# Returns a freshly drawn tensor and leaves the argument untouched.
# message: returned a new tensor
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    return torch.empty_like(tensor).uniform_(-bound, bound)
