# expect: forbidden
# message: aten::convolution
# The operator behind F.conv2d, reached through torch.ops.aten by a name built at run time: no forbidden name to scan.
from torch._ops import ops

_aten = getattr(ops, "at" + "en")  # torch.ops.aten, by a name built at run time: none to scan


def _pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(v[0]), int(v[1])]


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return getattr(_aten, "convo" + "lution").default(input, weight, bias, _pair(stride), _pair(padding), _pair(dilation),
                                        False, [0, 0], groups)
