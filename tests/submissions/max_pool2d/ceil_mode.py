# expect: wrong_answer
# variant: the output size rounded up
# Rounds the output size up (ceil_mode=True): a last, partial window appears.
# message: shape
import math

import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(kernel_size if stride is None else stride)
    ph, pw = pair(padding)
    h, w = input.shape[-2:]
    ho = math.ceil((h + 2 * ph - kh) / sh) + 1
    wo = math.ceil((w + 2 * pw - kw) / sw) + 1
    x = F.pad(input, (pw, pw + sw, ph, ph + sh), value=float("-inf"))
    return x.unfold(2, kh, sh).unfold(3, kw, sw)[:, :, :ho, :wo].amax(dim=(-2, -1))
