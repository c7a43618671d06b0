# expect: wrong_answer
# variant: conv2d without the kernel flip
# Zero insertion + F.conv2d, but the kernel is only transposed, not flipped: correct for a
# symmetric kernel, wrong for any other (the impulse shows the kernel upside down).
# message: impulse
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (oh, ow) = pair(stride), pair(padding), pair(output_padding)
    n, c, h, w = input.shape
    kh, kw = weight.shape[2:]
    up = input.new_zeros(n, c, (h - 1) * sh + 1, (w - 1) * sw + 1)
    up[:, :, ::sh, ::sw] = input
    up = F.pad(up, (kw - 1 - pw, kw - 1 - pw + ow, kh - 1 - ph, kh - 1 - ph + oh))
    return F.conv2d(up, weight.transpose(0, 1), bias)
