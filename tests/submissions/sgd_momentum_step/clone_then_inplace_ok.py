# expect: accepted
# torch's own in-place idiom (mul_, add_ with alpha) applied to clones, so the inputs survive.
def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    new_params, new_bufs = [], []
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g.clone()
        if weight_decay:
            d.add_(p, alpha=weight_decay)
        if momentum:
            if momentum_buffers is None:
                buf = d.clone()
            else:
                buf = momentum_buffers[i].clone().mul_(momentum).add_(d, alpha=1 - dampening)
            new_bufs.append(buf)
            d = d.add(buf, alpha=momentum) if nesterov else buf
        new_params.append(p.clone().add_(d, alpha=-lr))
    return new_params, new_bufs if momentum else None
