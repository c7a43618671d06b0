# expect: accepted
# A depthwise convolution with a kernel of ones (convolution is allowed here).
import torch
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    kh, kw = pair(kernel_size)
    stride = kernel_size if stride is None else stride
    c = input.shape[1]
    ones = torch.ones(c, 1, kh, kw, dtype=input.dtype, device=input.device)
    total = F.conv2d(input, ones, stride=stride, padding=padding, groups=c)
    if count_include_pad:
        return total / (kh * kw)
    mask = torch.ones(1, 1, *input.shape[2:], dtype=input.dtype, device=input.device)
    count = F.conv2d(mask, ones[:1], stride=stride, padding=padding)
    return total / count
