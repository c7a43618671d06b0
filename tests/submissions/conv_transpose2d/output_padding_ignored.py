# expect: wrong_answer
# variant: output_padding ignored
# Uses the output size without output_padding: with stride 2 the result is one row and one
# column short of 2x.
# message: returned shape
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw) = pair(stride), pair(padding)
    n, c, h, w = input.shape
    c_out, kh, kw = weight.shape[1:]
    ho, wo = (h - 1) * sh - 2 * ph + kh, (w - 1) * sw - 2 * pw + kw
    if n == 0:
        return input.new_zeros(0, c_out, ho, wo)
    cols = weight.reshape(c, -1).t() @ input.reshape(n, c, h * w)
    out = F.fold(cols, (ho, wo), (kh, kw), padding=(ph, pw), stride=(sh, sw))
    return out if bias is None else out + bias.view(1, -1, 1, 1)
