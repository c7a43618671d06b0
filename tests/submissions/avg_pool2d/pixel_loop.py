# expect: time_limit_exceeded
# A Python loop over every output pixel.
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(kernel_size if stride is None else stride)
    ph, pw = pair(padding)
    h, w = input.shape[-2:]
    x = F.pad(input, (pw, pw, ph, ph))
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    out = input.new_empty(input.shape[0], input.shape[1], ho, wo)
    for i in range(ho):
        for j in range(wo):
            r0, c0 = i * sh, j * sw
            total = x[:, :, r0: r0 + kh, c0: c0 + kw].sum(dim=(2, 3))
            if count_include_pad:
                count = kh * kw
            else:
                rows = min(r0 + kh, h + ph) - max(r0, ph)
                cols = min(c0 + kw, w + pw) - max(c0, pw)
                count = rows * cols
            out[:, :, i, j] = total / count
    return out
