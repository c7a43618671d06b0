# expect: runtime_error
# align_corners=True with an output of size 1: (in - 1) / (out - 1) divides by zero
# (torch takes the scale as 0 there, i.e. the first pixel).
# message: ZeroDivisionError
import torch


def bilinear_resize(x, size, align_corners=False):
    def coords(n_in, n_out):
        d = torch.arange(n_out, device=x.device, dtype=x.dtype)
        if align_corners:
            s = d * ((n_in - 1) / (n_out - 1))
        else:
            s = ((d + 0.5) * n_in / n_out - 0.5).clamp(min=0)
        i0 = s.floor().long().clamp(max=n_in - 1)
        return i0, (i0 + 1).clamp(max=n_in - 1), s - i0

    y0, y1, wy = coords(x.shape[2], size[0])
    x0, x1, wx = coords(x.shape[3], size[1])
    rows = x[:, :, y0] * (1 - wy)[:, None] + x[:, :, y1] * wy[:, None]
    return rows[..., x0] * (1 - wx) + rows[..., x1] * wx
