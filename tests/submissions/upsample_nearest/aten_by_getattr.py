# expect: forbidden
# message: aten::upsample_nearest2d
# The operator behind F.interpolate(mode="nearest"), by an aten name built from pieces the static scan cannot read.
import math

import torch

_up = getattr(torch.ops.aten, "upsample_" + "nearest2d")


def upsample_nearest(input, size=None, scale_factor=None):
    if size is not None:
        size = [size, size] if isinstance(size, int) else list(size)
        return _up.vec(input, size, None)
    s = [float(scale_factor)] * 2 if isinstance(scale_factor, (int, float)) else [float(v) for v in scale_factor]
    return _up.vec(input, None, s)
