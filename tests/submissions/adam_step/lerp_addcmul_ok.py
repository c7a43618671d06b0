# expect: accepted
# torch's own formulation on clones: lerp for m, mul + addcmul for v, addcdiv for the step.
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    b1, b2 = betas
    step_size = lr / (1 - b1 ** step)
    bc2_sqrt = math.sqrt(1 - b2 ** step)
    out_p, out_m, out_v = [], [], []
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        if weight_decay:
            g = g.add(p, alpha=weight_decay)
        m = m.lerp(g, 1 - b1)
        v = v.mul(b2).addcmul_(g, g, value=1 - b2)
        denom = (v.sqrt() / bc2_sqrt).add_(eps)
        out_p.append(p.addcdiv(m, denom, value=-step_size))
        out_m.append(m)
        out_v.append(v)
    return out_p, out_m, out_v
