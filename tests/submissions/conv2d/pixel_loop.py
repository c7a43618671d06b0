# expect: time_limit_exceeded
# A Python loop over every output pixel (right, but one small matmul per pixel).
import torch
import torch.nn.functional as F


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (dh, dw) = pair(stride), pair(padding), pair(dilation)
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    x = F.pad(input, (pw, pw, ph, ph))
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = input.new_zeros(n, o, ho, wo)
    wg = weight.view(groups, o // groups, -1)
    for i in range(ho):
        for j in range(wo):
            patch = x[:, :, i * sh: i * sh + dh * (kh - 1) + 1: dh, j * sw: j * sw + dw * (kw - 1) + 1: dw]
            patch = patch.reshape(n, groups, cg * kh * kw)
            out[:, :, i, j] = torch.einsum("ngk,gok->ngo", patch, wg).reshape(n, o)
    if bias is not None:
        out += bias.view(1, -1, 1, 1)
    return out
