# expect: wrong_answer
# variant: the biased variance for running_var
# Updates running_var with the biased variance (PyTorch uses the unbiased one there).
# message: new_running_var
import torch


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    if training:
        mean = x.mean(dim=(0, 2, 3))
        var = x.var(dim=(0, 2, 3), unbiased=False)
        new_mean = (1 - momentum) * running_mean + momentum * mean
        new_var = (1 - momentum) * running_var + momentum * var
    else:
        mean, var, new_mean, new_var = running_mean, running_var, running_mean.clone(), running_var.clone()
    w = torch.ones_like(mean) if weight is None else weight
    b = torch.zeros_like(mean) if bias is None else bias
    y = (x - mean.view(1, -1, 1, 1)) / torch.sqrt(var.view(1, -1, 1, 1) + eps) * w.view(1, -1, 1, 1) + b.view(1, -1, 1, 1)
    return y, new_mean, new_var
