# expect: accepted
# The textbook equivalence (Dumoulin & Visin): insert stride-1 zeros between the input pixels,
# pad by k-1-p (plus output_padding at the bottom/right; F.pad crops when negative), then an
# ordinary F.conv2d with the kernel flipped and its first two axes swapped.
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (oh, ow) = pair(stride), pair(padding), pair(output_padding)
    n, c, h, w = input.shape
    kh, kw = weight.shape[2:]
    up = input.new_zeros(n, c, (h - 1) * sh + 1, (w - 1) * sw + 1)
    up[:, :, ::sh, ::sw] = input
    up = F.pad(up, (kw - 1 - pw, kw - 1 - pw + ow, kh - 1 - ph, kh - 1 - ph + oh))
    return F.conv2d(up, weight.flip(2, 3).transpose(0, 1), bias)
