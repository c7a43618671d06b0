# expect: forbidden
# message: aten::max_pool3d_with_indices
# A 3-D max pool with depth 1 on input.unsqueeze(2), its aten name built from pieces so the static scan cannot read it.
import torch

_pool = getattr(torch.ops.aten, "max_pool3d" + "_with_indices")


def _pair(v):
    return [int(v), int(v)] if isinstance(v, int) else [int(v[0]), int(v[1])]


def max_pool2d(input, kernel_size, stride=None, padding=0):
    k = _pair(kernel_size)
    s = k if stride is None else _pair(stride)
    out, _ = _pool(input.unsqueeze(2), [1] + k, [1] + s, [0] + _pair(padding))
    return out.squeeze(2)
