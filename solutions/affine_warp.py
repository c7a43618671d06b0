"""Reference: affine warp with bilinear sampling and zero padding, exactly as
F.grid_sample(input, F.affine_grid(theta, input.shape, align_corners), mode="bilinear",
padding_mode="zeros", align_corners=align_corners).

    affine_warp(input, theta, align_corners=False) -> out

- input: [N,C,H,W] float32 / float64 on any device, N >= 1. theta: [N,2,3], same dtype
  and device. out: [N,C,H,W], input's dtype and device; differentiable w.r.t. input.
- Normalised coordinates: x runs along the width (columns), y along the height (rows),
  -1 .. 1. Output pixel (i, j) has the normalised position
    align_corners=True:  x_j = -1 + 2 j / (W - 1)   (the corner pixels' centres at +-1)
    align_corners=False: x_j = (2 j + 1) / W - 1    (the image's outer edges at +-1)
  (y_i likewise with H; a size-1 axis gives 0). The source point is
  (x_s, y_s) = theta[n] @ (x_j, y_i, 1), back to pixel units by
    align_corners=True:  u = (x_s + 1) / 2 * (W - 1)
    align_corners=False: u = ((x_s + 1) * W - 1) / 2
  (v likewise with y_s and H). The value is the bilinear blend of the 4 pixels around
  (v, u), weights (1 - fu)(1 - fv), ...; a neighbour outside the image contributes 0.
"""
import torch


def _positions(n: int, align_corners: bool, dtype, device) -> torch.Tensor:
    if n <= 1:
        return torch.zeros(n, dtype=dtype, device=device)
    k = torch.arange(n, dtype=dtype, device=device)
    return 2 * k / (n - 1) - 1 if align_corners else (2 * k + 1) / n - 1


def _to_pixels(c: torch.Tensor, n: int, align_corners: bool) -> torch.Tensor:
    return (c + 1) / 2 * (n - 1) if align_corners else ((c + 1) * n - 1) / 2


def affine_warp(input: torch.Tensor, theta: torch.Tensor, align_corners: bool = False) -> torch.Tensor:
    n, c, h, w = input.shape
    xs = _positions(w, align_corners, input.dtype, input.device)[None, None, :]   # [1,1,W]
    ys = _positions(h, align_corners, input.dtype, input.device)[None, :, None]   # [1,H,1]
    t = theta[:, :, :, None, None]                                                # [N,2,3,1,1]
    gx = t[:, 0, 0] * xs + t[:, 0, 1] * ys + t[:, 0, 2]                           # [N,H,W]
    gy = t[:, 1, 0] * xs + t[:, 1, 1] * ys + t[:, 1, 2]
    u = _to_pixels(gx, w, align_corners)
    v = _to_pixels(gy, h, align_corners)
    u0, v0 = u.floor(), v.floor()
    fu, fv = u - u0, v - v0
    u0, v0 = u0.long(), v0.long()
    flat = input.reshape(n, c, h * w)
    out = torch.zeros_like(input)
    for dv, wv in ((0, 1 - fv), (1, fv)):
        for du, wu in ((0, 1 - fu), (1, fu)):
            uu, vv = u0 + du, v0 + dv
            inside = (uu >= 0) & (uu < w) & (vv >= 0) & (vv < h)                  # zero padding
            idx = (vv.clamp(0, h - 1) * w + uu.clamp(0, w - 1)).reshape(n, 1, h * w).expand(n, c, h * w)
            pix = flat.gather(2, idx).reshape(n, c, h, w)
            out = out + pix * (wu * wv * inside)[:, None]
    return out
