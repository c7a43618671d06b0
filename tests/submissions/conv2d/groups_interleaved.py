# expect: wrong_answer
# variant: interleaved groups (channel c to group c % groups)
# Splits the channels into groups the wrong way: channel c goes to group c % groups
# (interleaved) instead of contiguous blocks of C/groups channels.
import torch.nn.functional as F


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    s, p, d = pair(stride), pair(padding), pair(dilation)
    ho = (h + 2 * p[0] - d[0] * (kh - 1) - 1) // s[0] + 1
    wo = (w + 2 * p[1] - d[1] * (kw - 1) - 1) // s[1] + 1
    x = input.view(n, cg, groups, h, w).transpose(1, 2).reshape(n, c, h, w)
    cols = F.unfold(x, (kh, kw), dilation=d, padding=p, stride=s).view(n, groups, cg * kh * kw, -1)
    out = (weight.view(groups, o // groups, -1) @ cols).reshape(n, o, ho, wo)
    return out if bias is None else out + bias.view(1, -1, 1, 1)
