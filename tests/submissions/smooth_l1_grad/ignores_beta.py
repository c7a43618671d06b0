# expect: wrong_answer
# variant: the beta = 1 formula for every beta
# The beta = 1 formula whatever beta is: x inside |x| < 1, sign(x) outside.
import torch


def smooth_l1_grad(x, beta=1.0):
    return torch.where(x.abs() < 1, x, torch.sign(x))
