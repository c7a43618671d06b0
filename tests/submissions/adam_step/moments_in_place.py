# expect: wrong_answer
# Updates the caller's moment tensors in place (mul_, add_), as torch.optim does.
# message: in place
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    out_p = []
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        g = g + weight_decay * p
        m.mul_(b1).add_(g, alpha=1 - b1)
        v.mul_(b2).addcmul_(g, g, value=1 - b2)
        denom = v.sqrt() / math.sqrt(1 - b2 ** step) + eps
        out_p.append(p - lr / (1 - b1 ** step) * m / denom)
    return out_p, list(exp_avgs), list(exp_avg_sqs)
