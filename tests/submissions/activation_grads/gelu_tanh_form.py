# expect: wrong_answer
# variant: the derivative of the tanh-approximated GELU
# The derivative of the tanh approximation where the exact (erf) GELU is asked.
# message: result\['gelu'\]
import math
import torch


def activation_grads(x):
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    one = torch.ones_like(x)
    k = math.sqrt(2 / math.pi)
    u = torch.tanh(k * (x + 0.044715 * x ** 3))
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 - t * t,
        "relu": (x > 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, 0.01 * one),
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": 0.5 * (1 + u) + 0.5 * x * (1 - u * u) * k * (1 + 3 * 0.044715 * x * x),
        "silu": s * (1 + x * (1 - s)),
    }
