# expect: forbidden
# torch's own, through an alias.
from torch.nn import functional


def log_softmax(x, dim=-1):
    return functional.log_softmax(x, dim)
