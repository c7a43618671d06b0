# expect: accepted
# Correct: a Bernoulli(1 - p) keep mask, scaled by 1 / (1 - p).
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return torch.zeros_like(x)
    keep = torch.bernoulli(torch.full_like(x, 1 - p))
    return x * keep * (1.0 / (1 - p))
