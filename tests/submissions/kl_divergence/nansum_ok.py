# expect: accepted
# Correct too: the 0 * (-inf) = nan terms dropped by nansum (p = 0 is the only source of nan).
import torch


def kl_divergence(p, q):
    return (p * (p.log() - q.log())).nansum(dim=-1)
