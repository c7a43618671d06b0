"""Reference: im2col as torch.nn.functional.unfold computes it, one strided slice per kernel
offset (ki, kj), stacked so that the rows run channel-major: row = (c*kh + ki)*kw + kj.

    input [N, C, H, W]   float32 or float64
    kernel_size, dilation, padding, stride: an int or a pair (for H, W); zero padding
    -> [N, C*kh*kw, L], L = Ho*Wo with Ho = (H + 2*ph - dh*(kh-1) - 1) // sh + 1 (likewise Wo),
       columns in row-major order of the output positions (l = i*Wo + j); same dtype and device.
"""
import torch
import torch.nn.functional as F


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    n, c, h, w = input.shape
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride)
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    x = F.pad(input, (pw, pw, ph, ph))
    # tap (ki, kj) of output (i, j) reads padded pixel (i*sh + ki*dh, j*sw + kj*dw)
    taps = [x[:, :, ki * dh: ki * dh + sh * (ho - 1) + 1: sh, kj * dw: kj * dw + sw * (wo - 1) + 1: sw]
            for ki in range(kh) for kj in range(kw)]
    cols = torch.stack(taps, dim=2)  # [N, C, kh*kw, Ho, Wo]
    return cols.reshape(n, c * kh * kw, ho * wo)
