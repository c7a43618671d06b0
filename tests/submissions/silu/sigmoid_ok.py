# expect: accepted
# x * torch.sigmoid(x): torch.sigmoid is allowed here.
import torch


def silu(x):
    return x * torch.sigmoid(x)
