# expect: wrong_answer
# variant: exp(x) computed on every element
# The docs' max(0, x) + min(0, alpha (exp(x) - 1)) with the min as a clamp of the exp branch:
# exp(1000) = inf is clamped away in the value, but its gradient is 0 * inf = nan.
# message: x.grad.*nan
import torch
import torch.nn.functional as F


def elu(x, alpha=1.0):
    return F.relu(x) + torch.clamp(alpha * (torch.exp(x) - 1), max=0)
