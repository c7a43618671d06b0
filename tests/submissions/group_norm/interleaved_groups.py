# expect: wrong_answer
# variant: interleaved groups (every G-th channel)
# reshape(N, C // G, G, ...) groups every G-th channel (0, G, 2G, ...) instead of the
# contiguous channels [g*C/G, (g+1)*C/G): right for num_groups 1 and C, wrong in between.
# message: output: \d+ of \d+ values differ
import torch


def group_norm(x, num_groups, weight=None, bias=None, eps=1e-5):
    n, c = x.shape[:2]
    if x.numel() == 0:
        return x * 1.0
    g = x.reshape(n, c // num_groups, num_groups, -1)
    mean = g.mean(dim=(1, 3), keepdim=True)
    var = ((g - mean) ** 2).mean(dim=(1, 3), keepdim=True)
    y = ((g - mean) / torch.sqrt(var + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.dim() - 2)
    if weight is not None:
        y = y * weight.reshape(shape)
    if bias is not None:
        y = y + bias.reshape(shape)
    return y
