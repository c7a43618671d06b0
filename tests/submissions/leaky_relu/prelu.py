# expect: forbidden
# prelu with one learnable slope is leaky_relu.
import torch
import torch.nn.functional as F


def leaky_relu(x, negative_slope=0.01):
    return F.prelu(x, torch.tensor([negative_slope], dtype=x.dtype, device=x.device))
