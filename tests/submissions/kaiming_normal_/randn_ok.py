# expect: accepted
# torch.randn scaled by the std, on the tensor's own dtype and device.
import math
import torch


def kaiming_normal_(tensor, a=0, mode="fan_in", nonlinearity="leaky_relu"):
    if tensor.numel() == 0:
        return tensor
    receptive = math.prod(tensor.shape[2:])
    fan = tensor.shape[1] * receptive if mode == "fan_in" else tensor.shape[0] * receptive
    if nonlinearity == "leaky_relu":
        gain = math.sqrt(2.0 / (1 + a ** 2))
    elif nonlinearity == "relu":
        gain = math.sqrt(2.0)
    elif nonlinearity == "tanh":
        gain = 5.0 / 3
    else:
        gain = 1.0
    with torch.no_grad():
        tensor.copy_(torch.randn(tensor.shape, dtype=tensor.dtype, device=tensor.device) * (gain / math.sqrt(fan)))
    return tensor
