# expect: forbidden
# F.conv2d itself, under another name.
from torch.nn.functional import conv2d as _conv


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _conv(input, weight, bias, stride, padding, dilation, groups)
