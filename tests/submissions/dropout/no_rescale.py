# expect: wrong_answer
# variant: dropout without the 1 / (1 - p) scaling
# Kept values not rescaled (plain, non-inverted dropout): the expectation shrinks by (1 - p).
# message: not rescaled
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    return x * (torch.rand_like(x) >= p)
