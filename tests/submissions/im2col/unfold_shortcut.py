# expect: forbidden
# nn.Unfold, the module form of F.unfold.
from torch import nn


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    return nn.Unfold(kernel_size, dilation, padding, stride)(input)
