"""Reference: He (Kaiming) normal initialisation, in place, as torch.nn.init.kaiming_normal_."""
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


def _gain(nonlinearity: str, a: float) -> float:
    """The std factor a nonlinearity needs to keep the variance (calculate_gain in torch.nn.init)."""
    if nonlinearity in ("linear", "sigmoid", "conv1d", "conv2d", "conv3d",
                        "conv_transpose1d", "conv_transpose2d", "conv_transpose3d"):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":  # a = the negative slope
        return math.sqrt(2.0 / (1 + a ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"unsupported nonlinearity {nonlinearity}")


def kaiming_normal_(tensor: torch.Tensor, a: float = 0, mode: str = "fan_in",
                    nonlinearity: str = "leaky_relu") -> torch.Tensor:
    """Fill `tensor` (>= 2-D; any float dtype and device; a Parameter too) in place from
    N(0, std^2) with std = gain / sqrt(fan) (He et al. 2015); fan is fan_in or fan_out as
    `mode` says, gain from `nonlinearity` (a is used only for "leaky_relu"). Returns the
    same tensor; torch's generator, under no_grad. An empty tensor is returned as it is."""
    if tensor.numel() == 0:
        return tensor
    fan_in, fan_out = _fans(tensor)
    fan = fan_in if mode == "fan_in" else fan_out
    std = _gain(nonlinearity, a) / math.sqrt(fan)
    with torch.no_grad():
        return tensor.normal_(0.0, std)
