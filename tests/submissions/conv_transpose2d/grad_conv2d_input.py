# expect: forbidden
# torch.nn.grad.conv2d_input: the gradient of conv2d with respect to its input IS the
# transposed convolution, but it is a library routine that solves the problem outright.
from torch.nn import grad


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (oh, ow) = pair(stride), pair(padding), pair(output_padding)
    n, c, h, w = input.shape
    c_out, kh, kw = weight.shape[1:]
    size = (n, c_out, (h - 1) * sh - 2 * ph + kh + oh, (w - 1) * sw - 2 * pw + kw + ow)
    out = grad.conv2d_input(size, weight, input, stride=(sh, sw), padding=(ph, pw))
    return out if bias is None else out + bias.view(1, -1, 1, 1)
