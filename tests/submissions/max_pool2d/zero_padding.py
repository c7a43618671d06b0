# expect: wrong_answer
# variant: zero padding
# F.unfold pads with zeros: a padded 0 beats every negative value.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    stride = kernel_size if stride is None else stride
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel_size), pair(stride), pair(padding)
    n, c, h, w = input.shape
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    cols = F.unfold(input.reshape(n * c, 1, h, w), (kh, kw), padding=(ph, pw), stride=(sh, sw))
    return cols.amax(dim=1).reshape(n, c, ho, wo)
