# expect: wrong_answer
# variant: kernel-position-major rows
# Rows ordered (ki, kj, c) (kernel offset first, as an NHWC / TensorFlow patch layout), not
# F.unfold's channel-major (c, ki, kj): wrong as soon as C > 1.
# message: rows ordered
import torch
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c, h, w = input.shape
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    x = F.pad(input, (pw, pw, ph, ph))
    taps = [x[:, :, i * dh: i * dh + sh * (ho - 1) + 1: sh, j * dw: j * dw + sw * (wo - 1) + 1: sw]
            for i in range(kh) for j in range(kw)]
    return torch.stack(taps, dim=1).reshape(n, kh * kw * c, ho * wo)
