# expect: wrong_answer
# variant: -x / beta on the negative side
# The trap of the seed notes: on -1 <= x < 0 they write the slope as -x; it is x (negative).
# message: -1 <= x < 0|expected -0.75, got 0.75|expected -1, got 1
import torch


def smooth_l1_grad(x, beta=1.0):
    inside = x.abs() < beta
    g = torch.sign(x)
    g = torch.where(inside & (x >= 0), x / beta, g)
    g = torch.where(inside & (x < 0), -x / beta, g)
    return g
