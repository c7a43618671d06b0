# expect: accepted
# im2col with F.unfold, groups by reshaping, einsum: the usual interview answer.
import torch
import torch.nn.functional as F


def _pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    s, p, d = _pair(stride), _pair(padding), _pair(dilation)
    ho = (h + 2 * p[0] - d[0] * (kh - 1) - 1) // s[0] + 1
    wo = (w + 2 * p[1] - d[1] * (kw - 1) - 1) // s[1] + 1
    cols = F.unfold(input, (kh, kw), dilation=d, padding=p, stride=s).view(n, groups, cg * kh * kw, ho * wo)
    out = torch.einsum("gok,ngkl->ngol", weight.view(groups, o // groups, -1), cols).reshape(n, o, ho, wo)
    return out if bias is None else out + bias.view(1, -1, 1, 1)
