# expect: wrong_answer
# A fixed seed inside: every layer gets the same weights.
# message: two calls in a row
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    g = torch.Generator(device=tensor.device).manual_seed(42)
    rf = math.prod(tensor.shape[2:])
    std = gain * math.sqrt(2 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        return tensor.normal_(0, std, generator=g)
