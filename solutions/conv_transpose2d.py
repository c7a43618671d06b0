"""Reference: 2-D transposed convolution as torch.nn.functional.conv_transpose2d computes it
(groups=1, dilation=1), by col2im: every input pixel spreads its C_in values through the
kernel into a kH x kW patch of the output; F.fold sums the overlapping patches.

    input  [N, C_in, H, W]           float32 or float64
    weight [C_in, C_out, kH, kW]     same dtype (note: C_in first, unlike conv2d)
    bias   [C_out] or None
    stride, padding, output_padding: an int or a pair (for H, W); output_padding < stride
    -> [N, C_out, Ho, Wo], Ho = (H - 1)*sH - 2*pH + kH + opH (likewise Wo),
       same dtype and device as the input; differentiable in input, weight and bias.

out[n, o, i*sH - pH + u, j*sW - pW + v] += input[n, c, i, j] * weight[c, o, u, v]
(positions that fall outside [0, Ho) x [0, Wo) are dropped).
"""
import torch
import torch.nn.functional as F


def _pair(v):
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    n, c_in, h, w = input.shape
    _, c_out, kh, kw = weight.shape
    (sh, sw), (ph, pw), (oh, ow) = _pair(stride), _pair(padding), _pair(output_padding)
    ho = (h - 1) * sh - 2 * ph + kh + oh
    wo = (w - 1) * sw - 2 * pw + kw + ow
    if n == 0:  # F.fold rejects an empty batch; keep the graph to weight (its gradient is 0)
        out = input.new_zeros(0, c_out, ho, wo) + 0 * weight.sum()
    else:
        # [C_out*kH*kW, C_in] @ [N, C_in, H*W] -> [N, C_out*kH*kW, H*W]: one patch per input pixel
        cols = torch.matmul(weight.reshape(c_in, c_out * kh * kw).t(), input.reshape(n, c_in, h * w))
        # sum the patches: patch (i, j) starts at (i*sH - pH, j*sW - pW) of the output
        out = F.fold(cols, (ho, wo), (kh, kw), padding=(ph, pw), stride=(sh, sw))
    if bias is not None:
        out = out + bias.reshape(1, c_out, 1, 1)
    return out
