# expect: runtime_error
# Forgets that stride=None means stride = kernel_size.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel_size), pair(stride), pair(padding)
    x = F.pad(input, (pw, pw, ph, ph), value=float("-inf"))
    return x.unfold(2, kh, sh).unfold(3, kw, sw).amax(dim=(-2, -1))
