# expect: wrong_answer
# Pads only the bottom and right (F.pad's 4-tuple read as (top, bottom) for the last dim):
# every padded case is shifted.
# message: padding
import torch
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c, h, w = input.shape
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    x = F.pad(input, (0, 2 * pw, 0, 2 * ph))
    taps = [x[:, :, i * dh: i * dh + sh * (ho - 1) + 1: sh, j * dw: j * dw + sw * (wo - 1) + 1: sw]
            for i in range(kh) for j in range(kw)]
    return torch.stack(taps, dim=2).reshape(n, c * kh * kw, ho * wo)
