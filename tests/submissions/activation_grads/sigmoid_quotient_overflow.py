# expect: wrong_answer
# sigmoid' as exp(-x) / (1 + exp(-x))^2: inf / inf = nan at x = -1000.
# message: result\['sigmoid'\].*nan
import math
import torch


def activation_grads(x):
    e = torch.exp(-x)
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    one = torch.ones_like(x)
    cdf = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
    pdf = torch.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return {
        "sigmoid": e / (1 + e) ** 2,
        "tanh": 1 - t * t,
        "relu": (x > 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, 0.01 * one),
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": cdf + x * pdf,
        "silu": s * (1 + x * (1 - s)),
    }
