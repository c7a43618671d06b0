"""Reference: nearest-neighbour resizing as torch.nn.functional.interpolate(mode="nearest")
computes it on the CPU (torch's legacy "nearest", not "nearest-exact";
recompute_scale_factor=None, so a given scale_factor is used as given).

    input [N, C, H, W]   float32 or float64
    size: int or (Ho, Wo); or scale_factor: float or (sH, sW); exactly one of them
    -> [N, C, Ho, Wo], same dtype and device; Ho = size, or floor(H * sH) in double precision.

Row index of output row i (columns alike):
    Ho == H      -> i                      (a copy, whatever the scale factor)
    Ho == 2*H    -> i // 2
    otherwise    -> min(floor(float32(i) * scale), H - 1), the product rounded to float32, with
                    scale = float32(1 / sH) when scale_factor is given, else float32(H) / float32(Ho).
"""
import math

import torch


def _pair(v):
    return (v, v) if isinstance(v, (int, float)) else (v[0], v[1])


def _source_index(n_in, n_out, scale, device):
    if n_out == n_in:
        return torch.arange(n_out, device=device)
    if n_out == 2 * n_in:
        return torch.arange(n_out, device=device) // 2
    if scale is not None:
        s = torch.tensor(1.0 / scale, dtype=torch.float32, device=device)
    else:  # float32(H) / float32(Ho), as torch divides
        s = torch.tensor(n_in, dtype=torch.float32, device=device) / n_out
    dst = torch.arange(n_out, dtype=torch.float32, device=device)
    return torch.floor(dst * s).long().clamp_(max=n_in - 1)


def upsample_nearest(input, size=None, scale_factor=None):
    if (size is None) == (scale_factor is None):
        raise ValueError("give exactly one of size and scale_factor")
    n, c, h, w = input.shape
    if size is not None:
        (ho, wo), scales = _pair(size), (None, None)
        ho, wo = int(ho), int(wo)
    else:
        scales = tuple(float(s) for s in _pair(scale_factor))
        ho, wo = math.floor(h * scales[0]), math.floor(w * scales[1])
    rows = _source_index(h, ho, scales[0], input.device)
    cols = _source_index(w, wo, scales[1], input.device)
    return input[:, :, rows[:, None], cols[None, :]]
