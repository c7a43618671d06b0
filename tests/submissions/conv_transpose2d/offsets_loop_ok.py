# expect: accepted
# Scatter by kernel offset: for each (u, v), every input pixel adds input @ weight[:, :, u, v]
# at the strided positions i*s + u of an uncropped canvas; crop the padding at the end.
import torch


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    oh, ow = (output_padding, output_padding) if isinstance(output_padding, int) else output_padding
    n, c, h, w = input.shape
    c_out, kh, kw = weight.shape[1:]
    full = input.new_zeros(n, c_out, (h - 1) * sh + kh + oh, (w - 1) * sw + kw + ow)
    for u in range(kh):
        for v in range(kw):
            contrib = torch.einsum("nchw,co->nohw", input, weight[:, :, u, v])
            full[:, :, u: u + (h - 1) * sh + 1: sh, v: v + (w - 1) * sw + 1: sw] += contrib
    out = full[:, :, ph: full.shape[2] - ph, pw: full.shape[3] - pw]
    if bias is not None:
        out = out + bias.view(1, -1, 1, 1)
    return out
