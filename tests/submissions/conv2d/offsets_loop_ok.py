# expect: accepted
# A loop over the kH*kW kernel offsets, each a strided slice times a channel-mixing matmul.
import torch
import torch.nn.functional as F


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    dh, dw = (dilation, dilation) if isinstance(dilation, int) else dilation
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    x = F.pad(input, (pw, pw, ph, ph))
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    x = x.view(n, groups, cg, h + 2 * ph, w + 2 * pw)
    wg = weight.view(groups, o // groups, cg, kh, kw)
    out = input.new_zeros(n, groups, o // groups, ho, wo)
    for u in range(kh):
        for v in range(kw):
            patch = x[..., u * dh: u * dh + sh * (ho - 1) + 1: sh, v * dw: v * dw + sw * (wo - 1) + 1: sw]
            out += torch.einsum("ngchw,goc->ngohw", patch, wg[..., u, v])
    out = out.reshape(n, o, ho, wo)
    if bias is not None:
        out = out + bias[None, :, None, None]
    return out
