# expect: wrong_answer
# variant: the paper's epsilon hat
# The paper's "more efficient" ordering (end of Kingma & Ba section 2): alpha_t =
# lr * sqrt(1 - b2^t) / (1 - b1^t) and denominator sqrt(v) + eps, which scales eps by
# sqrt(1 - b2^t): torch adds eps after the bias correction.
# message: new_params
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    alpha_t = lr * math.sqrt(1 - b2 ** step) / (1 - b1 ** step)
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        g = g + weight_decay * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        for lst, x in zip(out, (p - alpha_t * m / (v.sqrt() + eps), m, v)):
            lst.append(x)
    return out
