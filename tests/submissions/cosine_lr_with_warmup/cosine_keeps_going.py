# expect: wrong_answer
# variant: the cosine rising again after total_steps
# No clamp at total_steps: the cosine rises again after the end (what CosineAnnealingLR does
# when stepped past T_max).
# message: total_steps
import numpy as np


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = warmup_start_lr + (base_lr - warmup_start_lr) * s / max(warmup_steps, 1)
    p = (s - warmup_steps) / (total_steps - warmup_steps)
    cos = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * p))
    out = np.where(s < warmup_steps, warm, cos)
    return float(out) if np.ndim(step) == 0 else out
