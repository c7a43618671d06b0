"""Reference: learning rate at a step of a linear warmup followed by a cosine decay (SGDR's
cosine annealing without restarts, started at the end of the warmup), as
torch.optim.lr_scheduler.SequentialLR([LinearLR, CosineAnnealingLR], milestones=[warmup_steps])
and timm's CosineLRScheduler(warmup_prefix=True) compute it.

    step: an int, or an integer numpy array of any shape (steps >= 0)
    0 <= warmup_steps < total_steps
    -> a float for an int step, else a float64 array of step's shape

    step < warmup_steps:              warmup_start_lr + (base_lr - warmup_start_lr) * step / warmup_steps
    warmup_steps <= step < total:     min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * (step - warmup_steps) / (total_steps - warmup_steps)))
    step >= total_steps:              min_lr
(base_lr at step == warmup_steps, min_lr from total_steps on.)
"""
import numpy as np


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = warmup_start_lr + (base_lr - warmup_start_lr) * s / max(warmup_steps, 1)
    progress = np.clip((s - warmup_steps) / (total_steps - warmup_steps), 0.0, 1.0)
    cosine = min_lr + 0.5 * (base_lr - min_lr) * (1.0 + np.cos(np.pi * progress))
    lr = np.where(s < warmup_steps, warm, np.where(s >= total_steps, min_lr, cosine))
    if isinstance(step, (int, np.integer)):
        return float(lr)
    return lr.astype(np.float64)
