# expect: forbidden
# F.max_pool2d itself.
import torch.nn.functional as F


def max_pool2d(input, kernel_size, stride=None, padding=0):
    return F.max_pool2d(input, kernel_size, stride, padding)
