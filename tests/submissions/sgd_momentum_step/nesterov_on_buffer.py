# expect: wrong_answer
# Nesterov look-ahead taken from the buffer twice (b + momentum * b) instead of the gradient
# plus momentum times the new buffer (d + momentum * b).
# message: nesterov
def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    new_params, new_bufs = [], []
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g + weight_decay * p
        if momentum:
            b = d.clone() if momentum_buffers is None else momentum * momentum_buffers[i] + (1 - dampening) * d
            new_bufs.append(b)
            d = b + momentum * b if nesterov else b
        new_params.append(p - lr * d)
    return new_params, new_bufs if momentum else None
