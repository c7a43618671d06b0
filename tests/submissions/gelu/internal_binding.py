# expect: forbidden
# F.gelu's C binding.
import torch


def gelu(x, approximate="none"):
    return torch._C._nn.gelu(x, approximate=approximate)
