# expect: forbidden
# torch's own, through an import alias.
from torch.nn import functional as nnf


def leaky_relu(x, negative_slope=0.01):
    return nnf.leaky_relu(x, negative_slope)
