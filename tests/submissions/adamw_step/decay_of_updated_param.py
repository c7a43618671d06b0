# expect: wrong_answer
# variant: the decay applied after the Adam step
# Decays the parameter after the Adam step, (p - update) * (1 - lr*wd), instead of before it:
# off by lr*wd*update, small but far above float64 tolerance.
import math


def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = v.sqrt() / math.sqrt(1 - b2 ** step) + eps
        new_p = (p - lr / (1 - b1 ** step) * m / denom) * (1 - lr * weight_decay)
        for lst, x in zip(out, (new_p, m, v)):
            lst.append(x)
    return out
