# expect: accepted
# Source coordinates per axis, four corner gathers, the usual weighted sum.
import torch


def bilinear_resize(x, size, align_corners=False):
    n, c, h, w = x.shape
    ho, wo = size

    def coords(n_in, n_out):
        d = torch.arange(n_out, device=x.device, dtype=x.dtype)
        if align_corners:
            s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else torch.zeros_like(d)
        else:
            s = ((d + 0.5) * n_in / n_out - 0.5).clamp(min=0)
        i0 = s.floor().long().clamp(max=n_in - 1)
        i1 = torch.clamp(i0 + 1, max=n_in - 1)
        return i0, i1, s - i0

    y0, y1, wy = coords(h, ho)
    x0, x1, wx = coords(w, wo)
    wy = wy[:, None]
    a = x[:, :, y0][:, :, :, x0]
    b = x[:, :, y0][:, :, :, x1]
    c_ = x[:, :, y1][:, :, :, x0]
    d_ = x[:, :, y1][:, :, :, x1]
    return a * (1 - wy) * (1 - wx) + b * (1 - wy) * wx + c_ * wy * (1 - wx) + d_ * wy * wx
