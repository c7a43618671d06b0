# expect: forbidden
# torch.max_pool2d reached through getattr.
import torch


def max_pool2d(input, kernel_size, stride=None, padding=0):
    return getattr(torch, "max_pool2d")(input, kernel_size, stride or kernel_size, padding)
