# expect: wrong_answer
# variant: a zero buffer, dampened on the first step
# Starts the buffer at zeros and always applies the dampened update, so the first buffer is
# (1 - dampening) * g instead of g (torch does not dampen the first step).
# message: first step with dampening
import torch


def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    if momentum_buffers is None:
        momentum_buffers = [torch.zeros_like(p) for p in params]
    new_params, new_bufs = [], []
    for p, g, b in zip(params, grads, momentum_buffers):
        d = g + weight_decay * p
        if momentum:
            b = momentum * b + (1 - dampening) * d
            new_bufs.append(b)
            d = d + momentum * b if nesterov else b
        new_params.append(p - lr * d)
    return new_params, new_bufs if momentum else None
