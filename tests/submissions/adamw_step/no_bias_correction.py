# expect: wrong_answer
# variant: AdamW without bias correction
# Forgets both bias corrections: at t = 1 the update is 3.2x too large.
# message: first step
def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        for lst, x in zip(out, (p * (1 - lr * weight_decay) - lr * m / (v.sqrt() + eps), m, v)):
            lst.append(x)
    return out
