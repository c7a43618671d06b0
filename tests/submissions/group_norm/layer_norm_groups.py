# expect: forbidden
# message: aten::native_layer_norm
# Group norm as a layer norm over the last axis of x.reshape(N, G, -1), through torch.ops.aten by a name built at run time (no name to scan).
from torch._ops import ops

_aten = getattr(ops, "at" + "en")  # torch.ops.aten, by a name built at run time: none to scan


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[0], x.shape[1]
    if x.numel() == 0:
        y = x * 1.0
    else:
        g = x.reshape(n, num_groups, -1)
        y = getattr(_aten, "native_l" + "ayer_norm").default(g, [g.shape[2]], None, None, eps)[0].reshape(x.shape)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y
