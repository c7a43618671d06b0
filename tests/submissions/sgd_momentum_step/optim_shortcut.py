# expect: forbidden
# torch.optim.SGD on parameter copies.
import torch


def sgd_momentum_step(params, grads, momentum_buffers, lr, momentum=0.9, dampening=0.0, weight_decay=0.0,
                      nesterov=False):
    ps = [torch.nn.Parameter(p.clone()) for p in params]
    opt = torch.optim.SGD(ps, lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay,
                          nesterov=nesterov)
    for i, (p, g) in enumerate(zip(ps, grads)):
        p.grad = g.clone()
        if momentum_buffers is not None:
            opt.state[p]["momentum_buffer"] = momentum_buffers[i].clone()
    opt.step()
    bufs = [opt.state[p]["momentum_buffer"] for p in ps] if momentum else None
    return [p.detach() for p in ps], bufs
