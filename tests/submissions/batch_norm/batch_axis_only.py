# expect: wrong_answer
# Statistics over the batch axis only (per pixel): BatchNorm2d also
# averages over H and W.
# message: y: 
import torch


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    if training:
        mean = x.mean(dim=0)
        var = x.var(dim=0, unbiased=False)
        new_mean = (1 - momentum) * running_mean.view(-1, 1, 1) + momentum * mean
        new_var = (1 - momentum) * running_var.view(-1, 1, 1) + momentum * x.var(dim=0)
        y = (x - mean) / torch.sqrt(var + eps)
    else:
        new_mean, new_var = running_mean.clone(), running_var.clone()
        y = (x - running_mean.view(1, -1, 1, 1)) / torch.sqrt(running_var.view(1, -1, 1, 1) + eps)
    if weight is not None:
        y = y * weight.view(1, -1, 1, 1)
    if bias is not None:
        y = y + bias.view(1, -1, 1, 1)
    return y, new_mean, new_var
