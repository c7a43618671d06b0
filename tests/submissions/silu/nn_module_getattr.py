# expect: forbidden
# The nn module, reached through getattr.
import torch


def silu(x):
    return getattr(torch.nn, "SiLU")()(x)
