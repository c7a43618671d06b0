# expect: accepted
# The decay written as its own term on the old parameter, p - lr*wd*p - adam_update, with
# m_hat and v_hat spelled out: algebraically torch's order.
def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
               weight_decay=1e-2):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g.square()
        m_hat = m / (1 - b1 ** step)
        v_hat = v / (1 - b2 ** step)
        new_p = p - lr * weight_decay * p - lr * m_hat / (v_hat.sqrt() + eps)
        for lst, x in zip(out, (new_p, m, v)):
            lst.append(x)
    return out
