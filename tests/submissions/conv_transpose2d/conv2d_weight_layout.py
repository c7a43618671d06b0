# expect: wrong_answer
# Reads the weight as conv2d's [C_out, C_in, kH, kW] (weight.reshape(C_out, ...) then the
# wrong axes mixed): values scrambled whenever C_in and C_out differ or the kernel is not
# symmetric in its channels.
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (oh, ow) = pair(stride), pair(padding), pair(output_padding)
    n, c, h, w = input.shape
    c_out, kh, kw = weight.shape[1:]
    ho, wo = (h - 1) * sh - 2 * ph + kh + oh, (w - 1) * sw - 2 * pw + kw + ow
    if n == 0:
        return input.new_zeros(0, c_out, ho, wo)
    wt = weight.reshape(c_out, c, kh * kw).permute(1, 0, 2).reshape(c, -1)  # the conv2d reading
    cols = wt.t() @ input.reshape(n, c, h * w)
    out = F.fold(cols, (ho, wo), (kh, kw), padding=(ph, pw), stride=(sh, sw))
    return out if bias is None else out + bias.view(1, -1, 1, 1)
