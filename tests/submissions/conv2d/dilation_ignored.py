# expect: wrong_answer
# A hand-made im2col that forgets the dilation: the taps are adjacent pixels.
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
    out = input.new_zeros(n, groups, o // groups, ho, wo)
    xg = x.view(n, groups, cg, h + 2 * ph, w + 2 * pw)
    wg = weight.view(groups, o // groups, cg, kh, kw)
    for u in range(kh):
        for v in range(kw):
            patch = xg[..., u: u + sh * (ho - 1) + 1: sh, v: v + sw * (wo - 1) + 1: sw]
            out += torch.einsum("ngchw,goc->ngohw", patch, wg[..., u, v])
    out = out.reshape(n, o, ho, wo)
    return out if bias is None else out + bias.view(1, -1, 1, 1)
