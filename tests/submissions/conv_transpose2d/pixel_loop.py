# expect: time_limit_exceeded
# A Python loop over every input pixel, each pasting its weighted kernel (right, but H*W
# small operations forward and as many again backward).


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    sh, sw = (stride, stride) if isinstance(stride, int) else stride
    ph, pw = (padding, padding) if isinstance(padding, int) else padding
    oh, ow = (output_padding, output_padding) if isinstance(output_padding, int) else output_padding
    n, c, h, w = input.shape
    c_out, kh, kw = weight.shape[1:]
    full = input.new_zeros(n, c_out, (h - 1) * sh + kh + oh, (w - 1) * sw + kw + ow)
    wt = weight.reshape(c, -1)
    for i in range(h):
        for j in range(w):
            patch = (input[:, :, i, j] @ wt).view(n, c_out, kh, kw)
            full[:, :, i * sh: i * sh + kh, j * sw: j * sw + kw] += patch
    out = full[:, :, ph: full.shape[2] - ph, pw: full.shape[3] - pw]
    return out if bias is None else out + bias.view(1, -1, 1, 1)
