"""Reference: 2-D average pooling as torch.nn.functional.avg_pool2d (ceil_mode=False,
divisor_override=None).

    input [N, C, H, W] float32 or float64
    kernel_size, padding: an int or a pair (H, W); stride: the same, None = kernel_size
    padding adds zeros; padding <= kernel_size / 2
    count_include_pad=True: every window is divided by kH*kW (the padded zeros count);
    count_include_pad=False: by the number of window cells inside the image.
    -> [N, C, Ho, Wo], Ho = (H + 2*pH - kH) // sH + 1 (floor), same dtype and device.
"""
import torch
import torch.nn.functional as F


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    x = F.pad(input, (pw, pw, ph, ph))
    total = x.unfold(2, kh, sh).unfold(3, kw, sw).sum(dim=(-2, -1))  # [N, C, Ho, Wo]
    if count_include_pad:
        return total / (kh * kw)
    # how many cells of each window lie inside the image: pool a padded map of ones
    h, w = input.shape[-2:]
    ones = F.pad(torch.ones(1, 1, h, w, dtype=input.dtype, device=input.device), (pw, pw, ph, ph))
    count = ones.unfold(2, kh, sh).unfold(3, kw, sw).sum(dim=(-2, -1))  # [1, 1, Ho, Wo]
    return total / count
