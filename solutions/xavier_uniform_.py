"""Reference: Glorot (Xavier) uniform initialisation, in place, as torch.nn.init.xavier_uniform_."""
import math

import torch


def _fans(tensor: torch.Tensor) -> tuple[int, int]:
    """[out, in, *kernel] -> (fan_in, fan_out) = (in, out) * the receptive field size."""
    if tensor.dim() < 2:
        raise ValueError("fan_in and fan_out need a tensor with at least 2 dimensions")
    receptive = 1
    for s in tensor.shape[2:]:
        receptive *= s
    return tensor.shape[1] * receptive, tensor.shape[0] * receptive


def xavier_uniform_(tensor: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    """Fill `tensor` (>= 2-D; any float dtype and device; a Parameter too) in place from
    U(-b, b) with b = gain * sqrt(6 / (fan_in + fan_out)), i.e. std = gain * sqrt(2 /
    (fan_in + fan_out)) and b = sqrt(3) * std (Glorot & Bengio 2010, eq. 16). Returns the
    same tensor. Draws from torch's generator; no_grad so a leaf that requires grad can be
    filled. The bound is computed as torch does, so under the same seed the values match
    torch.nn.init.xavier_uniform_ bit for bit."""
    fan_in, fan_out = _fans(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    bound = math.sqrt(3.0) * std
    with torch.no_grad():
        return tensor.uniform_(-bound, bound)
