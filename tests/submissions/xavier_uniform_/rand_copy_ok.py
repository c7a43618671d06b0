# expect: accepted
# torch.rand scaled to [-bound, bound), copied in under no_grad.
import math
import torch


def xavier_uniform_(tensor, gain=1.0):
    if tensor.dim() < 2:
        raise ValueError("needs at least 2 dimensions")
    receptive = math.prod(tensor.shape[2:])
    fan_in, fan_out = tensor.shape[1] * receptive, tensor.shape[0] * receptive
    bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
    u = torch.rand(tensor.shape, dtype=tensor.dtype, device=tensor.device)
    with torch.no_grad():
        tensor.copy_((2 * u - 1) * bound)
    return tensor
