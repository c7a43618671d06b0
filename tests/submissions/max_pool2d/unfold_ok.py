# expect: accepted
# -inf padding with F.pad, then Tensor.unfold windows and amax.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(stride if stride is not None else kernel_size)
    ph, pw = pair(padding)
    x = F.pad(input, (pw, pw, ph, ph), value=float("-inf"))
    return x.unfold(2, kh, sh).unfold(3, kw, sw).amax(dim=(-2, -1))
