# expect: wrong_answer
# variant: the cosine's clock started at step 0
# The cosine's clock counts the warmup too (step / total_steps, timm's warmup_prefix=False):
# at step == warmup_steps the rate is already below base_lr.
# message: warmup
import numpy as np


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    s = np.asarray(step, dtype=np.float64)
    warm = warmup_start_lr + (base_lr - warmup_start_lr) * s / max(warmup_steps, 1)
    cos = min_lr + 0.5 * (base_lr - min_lr) * (1 + np.cos(np.pi * np.clip(s / total_steps, 0, 1)))
    out = np.where(s < warmup_steps, warm, cos)
    return float(out) if np.ndim(step) == 0 else out
