# expect: wrong_answer
# variant: stride 1 by default
# stride=None taken as 1, a convolution's default: overlapping windows instead of stride = kernel_size.
import torch
import torch.nn.functional as F


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    stride = stride or 1
    c = input.shape[1]
    kh, kw = (kernel_size, kernel_size) if isinstance(kernel_size, int) else kernel_size
    ones = torch.ones(c, 1, kh, kw, dtype=input.dtype, device=input.device)
    total = F.conv2d(input, ones, stride=stride, padding=padding, groups=c)
    if count_include_pad:
        return total / (kh * kw)
    mask = torch.ones(1, 1, *input.shape[2:], dtype=input.dtype, device=input.device)
    return total / F.conv2d(mask, ones[:1], stride=stride, padding=padding)
