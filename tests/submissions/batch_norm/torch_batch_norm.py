# expect: forbidden
# torch.batch_norm, the function F.batch_norm calls.
import torch


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    rm, rv = running_mean.clone(), running_var.clone()
    return torch.batch_norm(x, weight, bias, rm, rv, training, momentum, eps, False), rm, rv
