# expect: wrong_answer
# variant: eps inside the square root
# eps inside the square root, sqrt(v_hat + eps): a tiny change for gradients ~1 (still beyond
# the float64 tolerance), a large one when the gradients are small or eps is large.
# message: new_params
import torch


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        g = g + weight_decay * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        m_hat, v_hat = m / (1 - b1 ** step), v / (1 - b2 ** step)
        for lst, x in zip(out, (p - lr * m_hat / torch.sqrt(v_hat + eps), m, v)):
            lst.append(x)
    return out
