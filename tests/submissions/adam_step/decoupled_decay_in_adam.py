# expect: wrong_answer
# variant: AdamW's decoupled weight decay
# AdamW's decoupled decay (p *= 1 - lr*wd) in Adam: torch.optim.Adam's weight_decay is L2,
# added to the gradient, so it also changes m and v.
# message: weight_decay
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    out = ([], [], [])
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        p = p * (1 - lr * weight_decay)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        denom = v.sqrt() / math.sqrt(1 - b2 ** step) + eps
        for lst, x in zip(out, (p - lr / (1 - b1 ** step) * m / denom, m, v)):
            lst.append(x)
    return out
