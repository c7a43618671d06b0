"""Reference: one step of torch.optim.Adam (single-tensor form, amsgrad=False,
maximize=False), returning new tensors instead of updating in place.

    params, grads, exp_avgs, exp_avg_sqs: lists of tensors of matching shapes,
        float32 or float64 (the moments are zeros before the first step)
    step: t, the number of this update (1 for the first), the same for every parameter
    -> (new_params, new_exp_avgs, new_exp_avg_sqs): lists of new tensors

Per parameter p with gradient g (weight_decay is L2 regularisation, added to the gradient):
    g = g + weight_decay * p                       (when weight_decay != 0)
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    p = p - lr / (1 - beta1**t) * m / (sqrt(v) / sqrt(1 - beta2**t) + eps)
"""
import math


def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr=1e-3, betas=(0.9, 0.999), eps=1e-8,
              weight_decay=0.0):
    beta1, beta2 = betas
    bias_correction1 = 1 - beta1 ** step
    bias_correction2_sqrt = math.sqrt(1 - beta2 ** step)
    new_params, new_m, new_v = [], [], []
    for p, g, m, v in zip(params, grads, exp_avgs, exp_avg_sqs):
        if weight_decay != 0:
            g = g + weight_decay * p
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        denom = v.sqrt() / bias_correction2_sqrt + eps  # eps after the bias correction, outside the sqrt
        new_params.append(p - (lr / bias_correction1) * m / denom)
        new_m.append(m)
        new_v.append(v)
    return new_params, new_m, new_v
