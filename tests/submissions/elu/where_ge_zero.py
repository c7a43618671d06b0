# expect: wrong_answer
# variant: x >= 0 for the linear branch
# x >= 0 puts x = 0 on the linear side: derivative 1 there, torch gives alpha.
# message: alpha=0.5
import torch


def elu(x, alpha=1.0):
    return torch.where(x >= 0, x, alpha * torch.expm1(x.clamp(max=0)))
