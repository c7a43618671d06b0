# expect: forbidden
# message: aten::_native_batch_norm_legit
# Layer norm as a training-mode batch norm of x.reshape(1, rows, D) (each row a channel), by an aten name built from pieces.
import math

import torch

_bn = getattr(torch.ops.aten, "_native_batch_norm" + "_legit").no_stats


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    d = math.prod(shape)
    rows = x.numel() // d if d else 0
    if rows == 0:
        y = x * 1.0
    else:
        y = _bn(x.reshape(1, rows, d), None, None, True, 0.0, eps)[0].reshape(x.shape)
    if weight is not None:
        y = y * weight
    if bias is not None:
        y = y + bias
    return y
