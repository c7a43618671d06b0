# expect: wrong_answer
# variant: border padding
# Clamps out-of-image neighbours to the edge (padding_mode="border") instead of zeros.
# message: clamped to the border
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
    gx = t[:, 0, 0] * xs + t[:, 0, 1] * ys + t[:, 0, 2]
    gy = t[:, 1, 0] * xs + t[:, 1, 1] * ys + t[:, 1, 2]
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
            inside = 1.0
            idx = (vv.clamp(0, h - 1) * w + uu.clamp(0, w - 1)).reshape(n, 1, h * w).expand(n, c, h * w)
            out = out + flat.gather(2, idx).reshape(n, c, h, w) * (wu * wv * inside)[:, None]
    return out
