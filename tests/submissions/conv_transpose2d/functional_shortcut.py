# expect: forbidden
# F.conv_transpose2d itself.
import torch.nn.functional as F


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    return F.conv_transpose2d(input, weight, bias, stride, padding, output_padding)
