# expect: wrong_answer
# Copies torch's `step_t += 1` although `step` is already this update's t: the bias
# corrections use t + 1 (at t = 1 the first step is far too small).
# message: first step|t = 
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    step += 1
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        g = g + weight_decay * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = v.sqrt() / math.sqrt(1 - b2 ** step) + eps
        for lst, x in zip(out, (p - lr / (1 - b1 ** step) * m / denom, m, v)):
            lst.append(x)
    return out
