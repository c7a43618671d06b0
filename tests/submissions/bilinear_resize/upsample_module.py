# expect: forbidden
# nn.Upsample is F.interpolate in a module.
import torch.nn as nn


def bilinear_resize(x, size, align_corners=False):
    return nn.Upsample(size=tuple(size), mode="bilinear", align_corners=align_corners)(x)
