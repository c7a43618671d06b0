# expect: accepted
# An honest variant: torch.var_mean with correction=0, rsqrt, flattening the normalised dims,
# and torch.addcmul for the affine step.
import torch


def layer_norm(x, normalized_shape, weight=None, bias=None, eps=1e-5):
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    rows = x.reshape(-1, int(torch.Size(shape).numel())) if x.numel() else x.reshape(0, 1)
    var, mean = torch.var_mean(rows, dim=1, correction=0, keepdim=True)
    y = ((rows - mean) * torch.rsqrt(var + eps)).reshape(x.shape)
    w = weight if weight is not None else torch.ones(shape, dtype=x.dtype, device=x.device)
    b = bias if bias is not None else torch.zeros(shape, dtype=x.dtype, device=x.device)
    return torch.addcmul(b, y, w)
