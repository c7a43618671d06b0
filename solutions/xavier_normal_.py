"""Reference: Glorot (Xavier) normal initialisation, in place, as torch.nn.init.xavier_normal_."""
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


def xavier_normal_(tensor: torch.Tensor, gain: float = 1.0) -> torch.Tensor:
    """Fill `tensor` (>= 2-D; any float dtype and device; a Parameter too) in place from
    N(0, std^2) with std = gain * sqrt(2 / (fan_in + fan_out)) (Glorot & Bengio 2010).
    Returns the same tensor; draws from torch's generator, under no_grad."""
    fan_in, fan_out = _fans(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    with torch.no_grad():
        return tensor.normal_(0.0, std)
