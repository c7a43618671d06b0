# expect: forbidden
# F.grid_sample on a hand-made sampling grid, fetched with getattr.
import torch
import torch.nn.functional as F


def bilinear_resize(x, size, align_corners=False):
    n = x.shape[0]
    ys = torch.linspace(-1, 1, size[0], dtype=x.dtype, device=x.device)
    xs = torch.linspace(-1, 1, size[1], dtype=x.dtype, device=x.device)
    gy, gx = torch.meshgrid(ys, xs, indexing="ij")
    grid = torch.stack([gx, gy], -1).expand(n, -1, -1, -1)
    sample = getattr(F, "grid_sample")
    return sample(x, grid, mode="bilinear", align_corners=align_corners)
