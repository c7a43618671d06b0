# expect: wrong_answer
# Forgets one of the seven.
# message: missing 'silu'
import torch


def activation_grads(x):
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    one = torch.ones_like(x)
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 - t * t,
        "relu": (x > 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, 0.01 * one),
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": 0.5 * (1 + torch.erf(x / 2 ** 0.5)) + x * torch.exp(-0.5 * x * x) / (2 * torch.pi) ** 0.5,
    }
