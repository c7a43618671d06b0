# expect: wrong_answer
# variant: s (1 - s) and 1 - t^2 evaluated at x
# The backprop-cheat-sheet formulas sigmoid' = x (1 - x), tanh' = 1 - x^2, which take the
# function's output, applied to the input x.
# message: result\['sigmoid'\]
import math
import torch


def activation_grads(x):
    one = torch.ones_like(x)
    s = torch.sigmoid(x)
    cdf = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
    pdf = torch.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return {
        "sigmoid": x * (1 - x),
        "tanh": 1 - x ** 2,
        "relu": (x > 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, 0.01 * one),
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": cdf + x * pdf,
        "silu": s * (1 + x * (1 - s)),
    }
