# expect: wrong_answer
# variant: the inverse of theta
# Reads theta as the map from input to output and so samples at its inverse: the spatial
# transformer's theta already maps output positions to input positions.
import torch
import torch.nn.functional as F


def affine_warp(input, theta, align_corners=False):
    n, c, h, w = input.shape
    bottom = torch.tensor([0.0, 0.0, 1.0], dtype=theta.dtype, device=theta.device).expand(n, 1, 3)
    inv = torch.linalg.inv(torch.cat([theta, bottom], 1))[:, :2]                    # [N,2,3]

    def lin(k):
        if k == 1:
            return torch.zeros(1, dtype=input.dtype, device=input.device)
        if align_corners:
            return torch.linspace(-1, 1, k, dtype=input.dtype, device=input.device)
        return (torch.arange(k, dtype=input.dtype, device=input.device) * 2 + 1) / k - 1

    ys, xs = torch.meshgrid(lin(h), lin(w), indexing="ij")
    base = torch.stack([xs, ys, torch.ones_like(xs)], -1).reshape(1, h * w, 3)
    grid = base @ inv.transpose(1, 2)                                               # [N,HW,2]
    gx, gy = grid[..., 0], grid[..., 1]
    if align_corners:
        u, v = (gx + 1) / 2 * (w - 1), (gy + 1) / 2 * (h - 1)
    else:
        u, v = ((gx + 1) * w - 1) / 2, ((gy + 1) * h - 1) / 2
    padded = F.pad(input, (1, 1, 1, 1))
    u0, v0 = u.floor(), v.floor()
    out = 0
    bidx = torch.arange(n, device=input.device)[:, None]
    for dv in (0, 1):
        for du in (0, 1):
            uu = (u0 + du).clamp(-1, w).long() + 1
            vv = (v0 + dv).clamp(-1, h).long() + 1
            wt = (1 - (u - u0 - du).abs()) * (1 - (v - v0 - dv).abs())
            out = out + padded[bidx, :, vv, uu] * wt[..., None]
    return out.permute(0, 2, 1).reshape(n, c, h, w)
