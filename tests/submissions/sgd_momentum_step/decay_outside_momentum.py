# expect: wrong_answer
# variant: decoupled weight decay
# Weight decay applied to the parameter after the momentum step (decoupled, AdamW-style):
# torch.optim.SGD adds weight_decay * p to the gradient, before the buffer.
# message: weight_decay
def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    new_params, new_bufs = [], []
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g
        if momentum:
            b = d.clone() if momentum_buffers is None else momentum * momentum_buffers[i] + (1 - dampening) * d
            new_bufs.append(b)
            d = d + momentum * b if nesterov else b
        new_params.append(p - lr * d - lr * weight_decay * p)
    return new_params, new_bufs if momentum else None
