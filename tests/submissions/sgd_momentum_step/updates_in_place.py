# expect: wrong_answer
# torch.optim's in-place code copied as is: the right numbers, but the caller's params and
# buffers are overwritten.
# message: in place
def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    bufs = [] if momentum else None
    for i, (p, g) in enumerate(zip(params, grads)):
        d = g.add(p, alpha=weight_decay) if weight_decay else g
        if momentum:
            if momentum_buffers is None:
                b = d.clone()
            else:
                b = momentum_buffers[i].mul_(momentum).add_(d, alpha=1 - dampening)
            bufs.append(b)
            d = d.add(b, alpha=momentum) if nesterov else b
        p.add_(d, alpha=-lr)
    return params, bufs
