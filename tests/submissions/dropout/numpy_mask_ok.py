# expect: accepted
# Correct too: the mask drawn with numpy, moved to x's device; in-place on the input.
import numpy as np
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return x.zero_()
    keep = torch.from_numpy(np.random.random_sample(tuple(x.shape)) >= p).to(x.device)
    return x.mul_(keep).div_(1 - p)
