# expect: wrong_answer
# variant: no clamp at 0 (extrapolation)
# Half-pixel centres, but the source coordinate is not clamped at 0: near the top/left
# border s = -0.25, .long() truncates it to 0 and the weight -0.25 extrapolates.
# message: not clamped at 0: .* must become 0
import torch


def bilinear_resize(x, size, align_corners=False):
    def coords(n_in, n_out):
        d = torch.arange(n_out, device=x.device, dtype=x.dtype)
        if align_corners:
            s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else torch.zeros_like(d)
        else:
            s = (d + 0.5) * n_in / n_out - 0.5
        i0 = s.long().clamp(max=n_in - 1)
        return i0, (i0 + 1).clamp(max=n_in - 1), s - i0

    y0, y1, wy = coords(x.shape[2], size[0])
    x0, x1, wx = coords(x.shape[3], size[1])
    rows = x[:, :, y0] * (1 - wy)[:, None] + x[:, :, y1] * wy[:, None]
    return rows[..., x0] * (1 - wx) + rows[..., x1] * wx
