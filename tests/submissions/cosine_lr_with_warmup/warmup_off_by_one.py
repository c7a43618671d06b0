# expect: wrong_answer
# variant: the warmup one step ahead
# Warmup reaches base_lr one step early: (step + 1) / warmup_steps, as in schedulers that are
# stepped before the first update.
# message: warmup
import numpy as np


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = warmup_start_lr + (base_lr - warmup_start_lr) * (s + 1) / max(warmup_steps, 1)
    p = np.clip((s - warmup_steps) / (total_steps - warmup_steps), 0, 1)
    cos = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * p))
    out = np.where(s < warmup_steps, warm, cos)
    return float(out) if np.ndim(step) == 0 else out
