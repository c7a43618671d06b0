# expect: wrong_answer
# torch.manual_seed(0) inside the function: "reproducible", but every call drops the same elements.
# message: every call
import torch


def dropout(x, p, training=True):
    if not training or p == 0:
        return x
    if p == 1:
        return torch.zeros_like(x)
    torch.manual_seed(0)
    keep = torch.rand(x.shape, dtype=x.dtype).to(x.device) >= p
    return x * keep / (1 - p)
