# expect: wrong_answer
# variant: stride 1 by default
# stride=None taken as 1, a convolution's default: overlapping windows instead of stride = kernel_size.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(1 if stride is None else stride)
    ph, pw = pair(padding)
    x = F.pad(input, (pw, pw, ph, ph), value=float("-inf"))
    return x.unfold(2, kh, sh).unfold(3, kw, sw).amax(dim=(-2, -1))
