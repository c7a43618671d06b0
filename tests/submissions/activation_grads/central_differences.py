# expect: wrong_answer
# Numerical differentiation: close on the smooth parts, but (f(h) - f(-h)) / 2h at a kink
# (and within h of it) is a blend of the two slopes: relu'(0) = 0.5.
# message: result\[.relu.\].*x = -?1e-07|x = 0
import torch


def _fs(x):
    s = torch.sigmoid(x)
    return {
        "sigmoid": s,
        "tanh": torch.tanh(x),
        "relu": torch.where(x > 0, x, torch.zeros_like(x)),
        "leaky_relu": torch.where(x > 0, x, 0.01 * x),
        "elu": torch.where(x > 0, x, torch.expm1(x.clamp(max=0))),
        "gelu": 0.5 * x * (1 + torch.erf(x / 2 ** 0.5)),
        "silu": x * s,
    }


def activation_grads(x):
    h = 1e-6
    xd = x.double()  # float64 differences, so only the kinks are off
    up, down = _fs(xd + h), _fs(xd - h)
    return {k: ((up[k] - down[k]) / (2 * h)).to(x.dtype) for k in up}
