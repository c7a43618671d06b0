# expect: wrong_answer
# variant: the decay not multiplied by lr
# p *= 1 - weight_decay, the paper's form with the schedule multiplier left out: torch
# multiplies the decay by lr.
# message: weight_decay|first step
import math


def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        p = p * (1 - weight_decay)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = v.sqrt() / math.sqrt(1 - b2 ** step) + eps
        for lst, x in zip(out, (p - lr / (1 - b1 ** step) * m / denom, m, v)):
            lst.append(x)
    return out
