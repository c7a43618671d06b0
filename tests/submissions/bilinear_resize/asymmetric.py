# expect: wrong_answer
# variant: the asymmetric mapping s = d * in / out
# s = d * in / out (TensorFlow 1's legacy "asymmetric" mapping): no half-pixel offsets.
# message: half-pixel offsets
import torch


def bilinear_resize(x, size, align_corners=False):
    def coords(n_in, n_out):
        d = torch.arange(n_out, device=x.device, dtype=x.dtype)
        if align_corners:
            s = d * ((n_in - 1) / (n_out - 1)) if n_out > 1 else torch.zeros_like(d)
        else:
            s = d * n_in / n_out
        i0 = s.floor().long().clamp(max=n_in - 1)
        return i0, (i0 + 1).clamp(max=n_in - 1), s - i0

    y0, y1, wy = coords(x.shape[2], size[0])
    x0, x1, wx = coords(x.shape[3], size[1])
    rows = x[:, :, y0] * (1 - wy)[:, None] + x[:, :, y1] * wy[:, None]
    return rows[..., x0] * (1 - wx) + rows[..., x1] * wx
