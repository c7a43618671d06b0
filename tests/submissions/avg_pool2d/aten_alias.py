# expect: forbidden
# message: aten::avg_pool2d
# The operator behind F.avg_pool2d, reached through torch.ops.aten by a name built at run time: no forbidden name to scan.
from torch._ops import ops

_aten = getattr(ops, "at" + "en")  # torch.ops.aten, by a name built at run time: none to scan


def _pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(v[0]), int(v[1])]


def avg_pool2d(input, kernel_size, stride=None, padding=0, count_include_pad=True):
    k = _pair(kernel_size)
    s = k if stride is None else _pair(stride)
    return getattr(_aten, "avg_p" + "ool2d").default(input, k, s, _pair(padding), False, count_include_pad)
