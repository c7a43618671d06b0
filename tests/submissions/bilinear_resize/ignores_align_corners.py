# expect: wrong_answer
# variant: align_corners=True for every call
# Always the align_corners=True mapping (d * (in-1)/(out-1)), whatever the flag says.
# message: align_corners=True mapping
import torch


def bilinear_resize(x, size, align_corners=False):
    def coords(n_in, n_out):
        d = torch.arange(n_out, device=x.device, dtype=x.dtype)
        s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else torch.zeros_like(d)
        i0 = s.floor().long().clamp(max=n_in - 1)
        return i0, (i0 + 1).clamp(max=n_in - 1), s - i0

    y0, y1, wy = coords(x.shape[2], size[0])
    x0, x1, wx = coords(x.shape[3], size[1])
    rows = x[:, :, y0] * (1 - wy)[:, None] + x[:, :, y1] * wy[:, None]
    return rows[..., x0] * (1 - wx) + rows[..., x1] * wx
