# expect: wrong_answer
# variant: the padding never counted
# Always divides by the real cells only (count_include_pad=False behaviour for the default too).
# message: padding
import torch
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(kernel_size if stride is None else stride)
    ph, pw = pair(padding)
    x = F.pad(input, (pw, pw, ph, ph))
    ones = F.pad(torch.ones_like(input[:1, :1]), (pw, pw, ph, ph))
    total = x.unfold(2, kh, sh).unfold(3, kw, sw).sum(dim=(-2, -1))
    return total / ones.unfold(2, kh, sh).unfold(3, kw, sw).sum(dim=(-2, -1))
