# expect: forbidden
# torch's own schedulers, stepped `step` times.
import numpy as np
import torch


def cosine_lr_with_warmup(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
    def one(s):
        opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=base_lr)
        sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=total_steps, eta_min=min_lr)
        for _ in range(s):
            opt.step()
            sched.step()
        return opt.param_groups[0]["lr"]
    if isinstance(step, np.ndarray):
        return np.array([one(int(s)) for s in step.ravel()]).reshape(step.shape)
    return one(step)
