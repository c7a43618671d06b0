# expect: runtime_error
# Assumes stride and padding are ints: a pair such as padding=(1, 2) breaks the arithmetic.
import torch.nn.functional as F


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    ho = (h + 2 * padding - dilation * (kh - 1) - 1) // stride + 1
    wo = (w + 2 * padding - dilation * (kw - 1) - 1) // stride + 1
    cols = F.unfold(input, (kh, kw), dilation=dilation, padding=padding, stride=stride)
    cols = cols.view(n, groups, cg * kh * kw, -1)
    out = (weight.view(groups, o // groups, -1) @ cols).reshape(n, o, ho, wo)
    return out if bias is None else out + bias.view(1, -1, 1, 1)
