"""Reference: 2-D max pooling as torch.nn.functional.max_pool2d (ceil_mode=False,
dilation 1).

    input [N, C, H, W] float32 or float64
    kernel_size, padding: an int or a pair (H, W); stride: the same, None = kernel_size
    padding adds -inf around the image (it never wins); padding <= kernel_size / 2
    -> [N, C, Ho, Wo], Ho = (H + 2*pH - kH) // sH + 1 (floor), same dtype and device.
"""
import torch.nn.functional as F


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def max_pool2d(input, kernel_size, stride=None, padding=0):
    kh, kw = _pair(kernel_size)
    sh, sw = _pair(kernel_size if stride is None else stride)
    ph, pw = _pair(padding)
    x = F.pad(input, (pw, pw, ph, ph), value=float("-inf"))
    # windows as a strided view: [N, C, Ho, Wo, kH, kW]
    win = x.unfold(2, kh, sh).unfold(3, kw, sw)
    return win.amax(dim=(-2, -1))
