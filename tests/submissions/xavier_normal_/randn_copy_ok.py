# expect: accepted
# randn_like scaled by the std, copied in under no_grad.
import math
import torch


def xavier_normal_(tensor, gain=1.0):
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    fan_in, fan_out = tensor.shape[1] * receptive, tensor.shape[0] * receptive
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    with torch.no_grad():
        tensor.copy_(torch.randn_like(tensor) * std)
    return tensor
