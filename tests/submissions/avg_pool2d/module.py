# expect: forbidden
# The nn.AvgPool2d module.
from torch import nn


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    return nn.AvgPool2d(kernel_size, stride, padding, count_include_pad=count_include_pad)(input)
