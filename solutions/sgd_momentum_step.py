"""Reference: one step of torch.optim.SGD (single-tensor form, maximize=False), returning new
tensors instead of updating in place.

    params, grads: lists of tensors (same shapes pairwise), float32 or float64
    momentum_buffers: None before the first step (no buffers yet), else a list like params
    -> (new_params, new_buffers): lists of new tensors; new_buffers is None when momentum == 0

Per parameter p with gradient g:
    d = g + weight_decay * p                       (when weight_decay != 0)
    b = d                                          (first step: no buffer yet, no dampening)
    b = momentum * b_old + (1 - dampening) * d     (later steps)
    d = d + momentum * b   if nesterov   else   d = b
    p = p - lr * d
"""


def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    new_params, new_buffers = [], []
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g + weight_decay * p if weight_decay != 0 else g
        if momentum != 0:
            if momentum_buffers is None:
                buf = d.clone()
            else:
                buf = momentum * momentum_buffers[i] + (1 - dampening) * d
            d = d + momentum * buf if nesterov else buf
            new_buffers.append(buf)
        new_params.append(p - lr * d)
    return new_params, (new_buffers if momentum != 0 else None)
