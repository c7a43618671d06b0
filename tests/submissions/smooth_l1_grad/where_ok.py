# expect: accepted
# An honest variant: masks and multiplication by 1 / beta.
import torch


def smooth_l1_grad(x, beta=1.0):
    g = torch.sign(x)
    if beta > 0:
        inside = x.abs() < beta
        g[inside] = x[inside] * (1.0 / beta)
    return g
