# expect: wrong_answer
# Fills the tensor but returns nothing.
# message: returned None
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        tensor.uniform_(-bound, bound)
