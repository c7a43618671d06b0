# expect: time_limit_exceeded
# A Python loop over the L output positions, each copying one receptive field (right, but
# Ho*Wo small copies).
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c, h, w = input.shape
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    x = F.pad(input, (pw, pw, ph, ph))
    out = input.new_empty(n, c * kh * kw, ho * wo)
    for i in range(ho):
        for j in range(wo):
            patch = x[:, :, i * sh: i * sh + dh * (kh - 1) + 1: dh, j * sw: j * sw + dw * (kw - 1) + 1: dw]
            out[:, :, i * wo + j] = patch.reshape(n, c * kh * kw)
    return out
