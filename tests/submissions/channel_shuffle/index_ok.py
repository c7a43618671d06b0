# expect: accepted
# Builds the permutation explicitly and gathers the channels with it.
import torch


def channel_shuffle(x, groups):
    c = x.shape[1]
    perm = torch.arange(c, device=x.device).view(groups, c // groups).t().reshape(-1)
    return x[:, perm]
