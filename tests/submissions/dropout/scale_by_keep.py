# expect: wrong_answer
# variant: the kept values multiplied by (1 - p)
# Kept values multiplied by (1 - p) instead of divided by it.
# message: instead of 1 / \(1 - p\)
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    return x * (torch.rand_like(x) >= p) * (1 - p)
