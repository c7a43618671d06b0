# expect: wrong_answer
# variant: the learning rate inside the buffer
# The velocity form of Sutskever et al. / Caffe: v = momentum * v + lr * d, p = p - v, applied
# to torch's buffers (which hold no lr).
def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    if not momentum:
        return [p - lr * (g + weight_decay * p) for p, g in zip(params, grads)], None
    if momentum_buffers is None:
        momentum_buffers = [None] * len(params)
    new_params, velocities = [], []
    for p, g, v in zip(params, grads, momentum_buffers):
        step = lr * (g + weight_decay * p)
        v = step if v is None else momentum * v + (1 - dampening) * step
        velocities.append(v)
        new_params.append(p - (step + momentum * v if nesterov else v))
    return new_params, velocities
