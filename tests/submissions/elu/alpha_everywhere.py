# expect: wrong_answer
# variant: alpha on both branches
# alpha multiplies both branches.
# message: alpha=0.5
import torch


def elu(x, alpha=1.0):
    return alpha * torch.where(x > 0, x, torch.expm1(x.clamp(max=0)))
