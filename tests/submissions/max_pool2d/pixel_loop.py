# expect: time_limit_exceeded
# A Python loop over every output pixel.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(kernel_size if stride is None else stride)
    ph, pw = pair(padding)
    x = F.pad(input, (pw, pw, ph, ph), value=float("-inf"))
    ho = (x.shape[2] - kh) // sh + 1
    wo = (x.shape[3] - kw) // sw + 1
    out = input.new_empty(input.shape[0], input.shape[1], ho, wo)
    for i in range(ho):
        for j in range(wo):
            out[:, :, i, j] = x[:, :, i * sh: i * sh + kh, j * sw: j * sw + kw].amax(dim=(2, 3))
    return out
