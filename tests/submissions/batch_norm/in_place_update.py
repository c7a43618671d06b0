# expect: wrong_answer
# Updates the running statistics in place, as nn.BatchNorm2d does internally; the values
# returned are right, but the contract says the inputs stay unchanged.
# message: in place
import torch


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    if training:
        n = x.numel() // x.shape[1]
        mean = x.mean(dim=(0, 2, 3))
        var = x.var(dim=(0, 2, 3), unbiased=False)
        running_mean.mul_(1 - momentum).add_(momentum * mean)
        running_var.mul_(1 - momentum).add_(momentum * var * n / (n - 1))
    else:
        mean, var = running_mean, running_var
    w = torch.ones_like(mean) if weight is None else weight
    b = torch.zeros_like(mean) if bias is None else bias
    y = (x - mean.view(1, -1, 1, 1)) / torch.sqrt(var.view(1, -1, 1, 1) + eps) * w.view(1, -1, 1, 1) + b.view(1, -1, 1, 1)
    return y, running_mean, running_var
