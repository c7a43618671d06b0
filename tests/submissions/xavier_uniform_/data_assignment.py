# expect: wrong_answer
# tensor.data = ...: the object is the same but its storage is replaced, so views,
# optimizer state and anything else holding the old storage never see the new values.
# message: storage was replaced
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    tensor.data = (torch.rand_like(tensor) * 2 - 1) * bound
    return tensor
