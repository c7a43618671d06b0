# expect: wrong_answer
# variant: the dilation ignored
# Output size without the dilation (Ho = (H + 2p - k) // s + 1) and taps adjacent: the usual
# formula remembered for dilation 1 only.
# message: dilation
import torch
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (ph, pw), (sh, sw) = map(pair, (kernel_size, padding, stride))
    n, c, h, w = input.shape
    ho = (h + 2 * ph - kh) // sh + 1
    wo = (w + 2 * pw - kw) // sw + 1
    x = F.pad(input, (pw, pw, ph, ph))
    taps = [x[:, :, i: i + sh * (ho - 1) + 1: sh, j: j + sw * (wo - 1) + 1: sw] for i in range(kh) for j in range(kw)]
    return torch.stack(taps, dim=2).reshape(n, c * kh * kw, ho * wo)
