# expect: wrong_answer
# variant: count_include_pad ignored
# Always divides by kH*kW, whatever count_include_pad says.
# message: count_include_pad=False
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    sh, sw = pair(kernel_size if stride is None else stride)
    ph, pw = pair(padding)
    x = F.pad(input, (pw, pw, ph, ph))
    return x.unfold(2, kh, sh).unfold(3, kw, sw).mean(dim=(-2, -1))
