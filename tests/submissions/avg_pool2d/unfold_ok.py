# expect: accepted
# F.unfold (zero padding built in) on [N*C, 1, H, W]; the counts from unfolding a map of ones.
import torch
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    stride = kernel_size if stride is None else stride
    n, c, h, w = input.shape
    cols = F.unfold(input.reshape(n * c, 1, h, w), kernel_size, padding=padding, stride=stride)
    total = cols.sum(dim=1)
    if count_include_pad:
        count = cols.shape[1]
    else:
        ones = torch.ones(1, 1, h, w, dtype=input.dtype, device=input.device)
        count = F.unfold(ones, kernel_size, padding=padding, stride=stride).sum(dim=1)
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel_size), pair(stride), pair(padding)
    ho, wo = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    return (total / count).reshape(n, c, ho, wo)
