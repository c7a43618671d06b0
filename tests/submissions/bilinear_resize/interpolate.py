# expect: forbidden
# F.interpolate does the whole job.
# message: interpolate
import torch.nn.functional as F


def bilinear_resize(x, size, align_corners=False):
    return F.interpolate(x, size=size, mode="bilinear", align_corners=align_corners)
