"""Reference: the derivatives of seven activations, derived by hand (no autograd)."""
import math

import torch


def activation_grads(x: torch.Tensor) -> dict:
    """x: float tensor, any shape -> dict of 7 tensors, each the elementwise derivative at x
    (same shape, dtype and device as x), with torch's autograd values at the kinks:

      sigmoid     s (1 - s),  s = sigmoid(x)
      tanh        1 - tanh(x)^2
      relu        1 where x > 0, else 0        (0 at x = 0)
      leaky_relu  1 where x > 0, else 0.01     (0.01 at x = 0)
      elu         1 where x > 0, else exp(x)   (alpha = 1; 1 at x = 0 either way)
      gelu        Phi(x) + x phi(x)            (the exact, erf form)
      silu        s (1 + x (1 - s))
    """
    s = torch.sigmoid(x)
    t = torch.tanh(x)
    one = torch.ones_like(x)
    cdf = 0.5 * (1 + torch.erf(x * (1 / math.sqrt(2))))
    pdf = torch.exp(-0.5 * x * x) * (1 / math.sqrt(2 * math.pi))
    return {
        "sigmoid": s * (1 - s),
        "tanh": 1 - t * t,
        "relu": (x > 0).to(x.dtype),
        "leaky_relu": torch.where(x > 0, one, torch.full_like(x, 0.01)),
        # exp of a clamped input: exp(1000) = inf is harmless here (no autograd), but
        # keeping it finite costs nothing
        "elu": torch.where(x > 0, one, torch.exp(x.clamp(max=0))),
        "gelu": cdf + x * pdf,
        "silu": s * (1 + x * (1 - s)),
    }
