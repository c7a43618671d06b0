# expect: accepted
# One scalar function with math.cos and if/else, mapped over the array element by element.
import math

import numpy as np


def _lr(s, base_lr, warmup_steps, total_steps, min_lr, warmup_start_lr):
    if s < warmup_steps:
        return warmup_start_lr + (base_lr - warmup_start_lr) * s / warmup_steps
    if s >= total_steps:
        return min_lr
    t = (s - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + (base_lr - min_lr) * (1 + math.cos(math.pi * t)) / 2


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    args = (base_lr, warmup_steps, total_steps, min_lr, warmup_start_lr)
    if isinstance(step, np.ndarray):
        flat = [_lr(int(s), *args) for s in step.ravel()]
        return np.array(flat, dtype=np.float64).reshape(step.shape)
    return _lr(step, *args)
