# expect: accepted
# x times a per-element slope chosen by x > 0, built in x's dtype.
import torch


def leaky_relu(x, negative_slope=0.01):
    return x * torch.where(x > 0, torch.ones_like(x), torch.full_like(x, negative_slope))
