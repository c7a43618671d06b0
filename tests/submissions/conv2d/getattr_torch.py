# expect: forbidden
# torch.conv2d reached through getattr.
import torch


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    fn = getattr(torch, "conv2d")
    return fn(input, weight, bias, stride, padding, dilation, groups)
