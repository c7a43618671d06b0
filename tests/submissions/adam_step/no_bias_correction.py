# expect: wrong_answer
# variant: Adam without bias correction
# RMSprop with momentum, no bias correction: at t = 1 the step is lr * 0.1 / 0.0316 = 3.2 lr
# instead of lr.
# message: first step
def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        g = g + weight_decay * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        for lst, x in zip(out, (p - lr * m / (v.sqrt() + eps), m, v)):
            lst.append(x)
    return out
