# expect: forbidden
# The aten kernel behind F.interpolate, called directly.
# message: upsample_bilinear2d
import torch


def bilinear_resize(x, size, align_corners=False):
    return torch._C._nn.upsample_bilinear2d(x, list(size), align_corners)
