# expect: runtime_error
# uniform_ on a Parameter outside torch.no_grad(): an in-place op on a leaf that requires grad.
# message: leaf Variable
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    rf = math.prod(tensor.shape[2:])
    bound = gain * math.sqrt(6 / ((tensor.shape[0] + tensor.shape[1]) * rf))
    return tensor.uniform_(-bound, bound)
