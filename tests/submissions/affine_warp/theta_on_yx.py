# expect: wrong_answer
# variant: theta applied to (y, x)
# Applies theta to (y, x, 1) in row/column order: the first row of theta must give x, the width.
# message: theta is applied to \(y, x\)
import torch


def affine_warp(input, theta, align_corners=False):
    n, c, h, w = input.shape
    ac = align_corners

    def pos(k):
        if k <= 1:
            return torch.zeros(k, dtype=input.dtype, device=input.device)
        i = torch.arange(k, dtype=input.dtype, device=input.device)
        return 2 * i / (k - 1) - 1 if ac else (2 * i + 1) / k - 1

    xs, ys = pos(w)[None, None, :], pos(h)[None, :, None]
    t = theta[:, :, :, None, None]
    gy = t[:, 0, 0] * ys + t[:, 0, 1] * xs + t[:, 0, 2]
    gx = t[:, 1, 0] * ys + t[:, 1, 1] * xs + t[:, 1, 2]
    if ac:
        u, v = (gx + 1) / 2 * (w - 1), (gy + 1) / 2 * (h - 1)
    else:
        u, v = ((gx + 1) * w - 1) / 2, ((gy + 1) * h - 1) / 2
    u0, v0 = u.floor(), v.floor()
    fu, fv = u - u0, v - v0
    flat = input.reshape(n, c, h * w)
    out = torch.zeros_like(input)
    for dv, wv in ((0, 1 - fv), (1, fv)):
        for du, wu in ((0, 1 - fu), (1, fu)):
            uu, vv = u0.long() + du, v0.long() + dv
            inside = (uu >= 0) & (uu < w) & (vv >= 0) & (vv < h)
            idx = (vv.clamp(0, h - 1) * w + uu.clamp(0, w - 1)).reshape(n, 1, h * w).expand(n, c, h * w)
            out = out + flat.gather(2, idx).reshape(n, c, h, w) * (wu * wv * inside)[:, None]
    return out
