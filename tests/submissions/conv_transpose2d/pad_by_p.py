# expect: wrong_answer
# variant: zero-inserted input padded by p
# Zero insertion + F.conv2d with the flipped, transposed kernel, but padding=p passed on to conv2d as
# for an ordinary convolution: the transposed convolution needs k - 1 - p (right only when k = 2p + 1).
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (oh, ow) = pair(stride), pair(output_padding)
    n, c, h, w = input.shape
    up = input.new_zeros(n, c, (h - 1) * sh + 1, (w - 1) * sw + 1)
    up[:, :, ::sh, ::sw] = input
    up = F.pad(up, (0, ow, 0, oh))
    return F.conv2d(up, weight.flip(2, 3).transpose(0, 1), bias, padding=padding)
