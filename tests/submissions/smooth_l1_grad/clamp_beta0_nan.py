# expect: wrong_answer
# variant: a division by beta = 0
# The compact clamp(x / beta, -1, 1): right for beta > 0, but beta = 0 gives 0/0 = nan at x = 0.
# message: beta=0
import torch


def smooth_l1_grad(x, beta=1.0):
    return torch.clamp(x / beta, -1.0, 1.0)
