# expect: forbidden
# F.interpolate itself.
import torch.nn.functional as F


def upsample_nearest(input, size=None, scale_factor=None):
    return F.interpolate(input, size=size, scale_factor=scale_factor, mode="nearest")
