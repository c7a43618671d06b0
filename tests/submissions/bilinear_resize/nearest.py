# expect: wrong_answer
# Nearest-neighbour indexing (floor(d * in / out)) instead of interpolating.
# message: nearest neighbour
import torch


def bilinear_resize(x, size, align_corners=False):
    h, w = x.shape[2:]
    iy = (torch.arange(size[0], device=x.device) * h // size[0]).clamp(max=h - 1)
    ix = (torch.arange(size[1], device=x.device) * w // size[1]).clamp(max=w - 1)
    return x[:, :, iy][:, :, :, ix]
