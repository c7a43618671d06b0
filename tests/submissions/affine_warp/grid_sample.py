# expect: forbidden
# The two torch calls the problem is about.
# message: torch.nn.functional.(affine_grid|grid_sample)
import torch.nn.functional as F


def affine_warp(input, theta, align_corners=False):
    grid = F.affine_grid(theta, list(input.shape), align_corners=align_corners)
    return F.grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=align_corners)
