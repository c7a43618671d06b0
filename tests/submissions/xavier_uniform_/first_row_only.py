# expect: wrong_answer
# Fills only tensor[0]: the rest keeps whatever was there.
# message: not finite
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        if len(tensor):
            tensor[0].uniform_(-bound, bound)
    return tensor
