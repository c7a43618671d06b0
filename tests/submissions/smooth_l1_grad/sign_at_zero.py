# expect: wrong_answer
# variant: sign(0) = 1
# sign(x) written as where(x >= 0, 1, -1): gives 1 at x = 0 when beta = 0 (torch gives 0).
# message: beta=0
import torch


def smooth_l1_grad(x, beta=1.0):
    sgn = torch.where(x >= 0, torch.ones_like(x), -torch.ones_like(x))
    if beta == 0:
        return sgn
    return torch.where(x.abs() < beta, x / beta, sgn)
