# expect: wrong_answer
# Seeds the generator inside the function: every call draws the same weights.
# message: two calls in a row
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    torch.manual_seed(0)
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
