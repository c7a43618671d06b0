# expect: forbidden
# message: aten::im2col
# The operator behind F.unfold, reached through torch.ops.aten by a name built at run time: no forbidden name to scan.
from torch._ops import ops

_aten = getattr(ops, "at" + "en")  # torch.ops.aten, by a name built at run time: none to scan


def _pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(v[0]), int(v[1])]


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    return getattr(_aten, "im2" + "col").default(input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))
