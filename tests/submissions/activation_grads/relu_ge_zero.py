# expect: wrong_answer
# variant: relu'(0) = 1 (x >= 0)
# relu' as x >= 0: 1 at x = 0, where torch's autograd gives 0.
# message: result\['relu'\].*x = 0
import math
import torch


def activation_grads(x):
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    one = torch.ones_like(x)
    cdf = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
    pdf = torch.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 - t * t,
        "relu": (x >= 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, 0.01 * one),
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": cdf + x * pdf,
        "silu": s * (1 + x * (1 - s)),
    }
