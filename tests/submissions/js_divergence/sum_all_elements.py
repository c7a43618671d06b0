# expect: wrong_answer
# Reduced over every element instead of per row along the last dim.
# message: shape
import torch


def js_divergence(p, q):
    m = (p + q) / 2
    return 0.5 * (torch.xlogy(p, p) - torch.xlogy(p, m)).sum() + 0.5 * (torch.xlogy(q, q) - torch.xlogy(q, m)).sum()
