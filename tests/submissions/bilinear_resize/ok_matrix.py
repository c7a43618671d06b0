# expect: accepted
# Resizing as two interpolation matrices: y = A_h @ x @ A_w^T (each row holds two weights).
import torch


def _matrix(n_in, n_out, align_corners, dtype, device):
    d = torch.arange(n_out, dtype=torch.float64)
    if align_corners:
        s = d * ((n_in - 1) / (n_out - 1) if n_out > 1 else 0.0)
    else:
        s = torch.clamp((d + 0.5) * (n_in / n_out) - 0.5, min=0.0)
    i0 = torch.clamp(s.floor().long(), max=n_in - 1)
    i1 = torch.clamp(i0 + 1, max=n_in - 1)
    w1 = s - i0
    m = torch.zeros(n_out, n_in, dtype=torch.float64)
    rows = torch.arange(n_out)
    m.index_put_((rows, i0), 1 - w1, accumulate=True)
    m.index_put_((rows, i1), w1, accumulate=True)
    return m.to(dtype=dtype, device=device)


def bilinear_resize(x, size, align_corners=False):
    ah = _matrix(x.shape[2], size[0], align_corners, x.dtype, x.device)
    aw = _matrix(x.shape[3], size[1], align_corners, x.dtype, x.device)
    return ah @ x @ aw.T
