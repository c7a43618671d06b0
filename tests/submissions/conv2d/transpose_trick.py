# expect: forbidden
# A stride-1 correlation through conv_transpose2d with a flipped, transposed kernel.
import torch
import torch.nn.functional as F


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    kh, kw = weight.shape[-2:]
    w = torch.flip(weight, (2, 3)).transpose(0, 1)
    return F.conv_transpose2d(input, w, bias, padding=(kh - 1 - padding, kw - 1 - padding))
