# expect: wrong_answer
# (x > 0).float(): float32 whatever x's dtype, so float64 inputs get float32 answers.
# message: dtype torch.float32, expected torch.float64
import math
import torch


def activation_grads(x):
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    pos = (x > 0).float()
    cdf = 0.5 * (1 + torch.erf(x / math.sqrt(2)))
    pdf = torch.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 - t * t,
        "relu": pos,
        "leaky_relu": pos + 0.01 * (1 - pos),
        "elu": torch.where(x > 0, torch.ones_like(x), torch.exp(x.clamp(max=0))),
        "gelu": cdf + x * pdf,
        "silu": s * (1 + x * (1 - s)),
    }
