# expect: accepted
# Another honest set: tanh' = 1 / cosh^2 (cosh(1000) = inf gives 0, not nan), elu' as
# elu + 1 on the negative side, Phi from torch.special.ndtr.
import math
import torch


def activation_grads(x):
    s = torch.sigmoid(x)
    zero, one = torch.zeros_like(x), torch.ones_like(x)
    elu = torch.expm1(x.clamp(max=0))
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 / torch.cosh(x) ** 2,
        "relu": torch.where(x > 0, one, zero),
        "leaky_relu": torch.where(x > 0, one, torch.full_like(x, 0.01)),
        "elu": torch.where(x > 0, one, elu + 1),
        "gelu": torch.special.ndtr(x) + x * torch.exp(-x * x / 2) / math.sqrt(2 * math.pi),
        "silu": s + x * s * (1 - s),
    }
