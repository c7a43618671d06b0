# expect: wrong_answer
# variant: the gain left out
# bound = sqrt(6 / (fan_in + fan_out)): gain is in the signature but never multiplied in.
import math

import torch


def xavier_uniform_(tensor, gain=1.0):
    receptive = 1
    for k in tensor.shape[2:]:
        receptive *= k
    fan_in, fan_out = tensor.shape[1] * receptive, tensor.shape[0] * receptive
    bound = math.sqrt(6.0 / (fan_in + fan_out))
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
