# expect: wrong_answer
# With momentum = 0 returns a list of zero buffers instead of None (torch keeps no buffer).
# message: expected None
import torch


def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    new_params, new_bufs = [], []
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g + weight_decay * p
        if momentum_buffers is None:
            b = d.clone() if momentum else torch.zeros_like(d)
        else:
            b = momentum * momentum_buffers[i] + (1 - dampening) * d
        new_bufs.append(b)
        if momentum:
            d = d + momentum * b if nesterov else b
        new_params.append(p - lr * d)
    return new_params, new_bufs
