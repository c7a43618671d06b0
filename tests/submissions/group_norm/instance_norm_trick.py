# expect: forbidden
# Group norm as an instance norm of x reshaped to [1, N*G, -1]: the normalisation is done by torch.
import torch.nn.functional as F


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[:2]
    y = F.instance_norm(x.reshape(1, n * num_groups, -1), eps=eps).reshape(x.shape)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y
