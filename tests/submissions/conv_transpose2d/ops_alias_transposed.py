# expect: forbidden
# aten::convolution with transposed=True through torch._ops.ops, torch.ops by another name: the
# name scan knows the alias (the allowed F.conv2d runs the same operator, so no operator watch can).
import torch
from torch._ops import ops


def _pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(v[0]), int(v[1])]


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    return ops.aten.convolution.default(input, weight, bias, _pair(stride), _pair(padding), [1, 1], True,
                                              _pair(output_padding), 1)
