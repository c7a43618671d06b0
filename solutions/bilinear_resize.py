"""Reference: bilinear resizing of a batch of images, as
torch.nn.functional.interpolate(x, size=size, mode="bilinear", align_corners=...) (antialias off).

    bilinear_resize(x, size, align_corners=False) -> y

- x: [N,C,H,W] float32 / float64, on any device; N may be 0.
- size: (H_out, W_out), both >= 1.
- y: [N,C,H_out,W_out], x's dtype and device.
- Each output index d maps to a source coordinate s along its axis (in = input size,
  out = output size), computed in x's dtype as torch does:
    align_corners=False (half-pixel centres): s = (d + 0.5) * (in / out) - 0.5, then s = max(s, 0);
    align_corners=True (corner pixels aligned): s = d * (in - 1) / (out - 1), and s = 0 when out == 1.
  Then i0 = floor(s), i1 = min(i0 + 1, in - 1), w1 = s - i0, w0 = 1 - w1, and the value is
  w0 * x[i0] + w1 * x[i1]; the two axes are interpolated one after the other.
"""
import torch


def _axis(n_in: int, n_out: int, align_corners: bool, dtype, device):
    d = torch.arange(n_out, dtype=dtype, device=device)
    if align_corners:
        scale = (n_in - 1) / (n_out - 1) if n_out > 1 else 0.0
        s = d * scale
    else:
        s = ((d + 0.5) * (n_in / n_out) - 0.5).clamp(min=0)  # no extrapolation before pixel 0
    i0 = s.floor().long().clamp(max=n_in - 1)
    i1 = (i0 + 1).clamp(max=n_in - 1)  # the last pixel is its own neighbour
    w1 = s - i0.to(dtype)
    return i0, i1, 1 - w1, w1


def bilinear_resize(x: torch.Tensor, size, align_corners: bool = False) -> torch.Tensor:
    h_out, w_out = int(size[0]), int(size[1])
    n, c, h, w = x.shape
    i0, i1, a0, a1 = _axis(h, h_out, align_corners, x.dtype, x.device)
    j0, j1, b0, b1 = _axis(w, w_out, align_corners, x.dtype, x.device)
    rows = x[:, :, i0, :] * a0[:, None] + x[:, :, i1, :] * a1[:, None]  # [N,C,H_out,W]
    return rows[..., j0] * b0 + rows[..., j1] * b1                       # [N,C,H_out,W_out]
