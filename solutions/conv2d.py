"""Reference: 2-D convolution as torch.nn.functional.conv2d computes it (cross-correlation),
by im2col: F.unfold gathers every receptive field, one batched matmul applies the filters.

    input  [N, C, H, W]              float32 or float64
    weight [O, C // groups, kH, kW]  same dtype
    bias   [O] or None
    stride, padding, dilation: an int or a pair (for H, W); padding is zero padding
    groups: C and O both divisible by it; group g sees input channels
            [g*C/G, (g+1)*C/G) and produces output channels [g*O/G, (g+1)*O/G)
    -> [N, O, Ho, Wo], Ho = (H + 2*pH - dH*(kH-1) - 1) // sH + 1 (likewise Wo),
       same dtype and device as the input.
"""
import torch
import torch.nn.functional as F


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    n, c, h, w = input.shape
    o, cg, kh, kw = weight.shape
    (sh, sw), (ph, pw), (dh, dw) = _pair(stride), _pair(padding), _pair(dilation)
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    # [N, C*kH*kW, Ho*Wo]; the C*kH*kW axis runs channel-major, as weight.reshape(O, -1) does
    cols = F.unfold(input, (kh, kw), dilation=(dh, dw), padding=(ph, pw), stride=(sh, sw))
    cols = cols.reshape(n, groups, cg * kh * kw, ho * wo)
    filters = weight.reshape(groups, o // groups, cg * kh * kw)
    out = torch.matmul(filters, cols)  # [G, O/G, K] @ [N, G, K, L] -> [N, G, O/G, L]
    out = out.reshape(n, o, ho, wo)
    if bias is not None:
        out = out + bias.reshape(1, o, 1, 1)
    return out
