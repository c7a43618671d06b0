# expect: forbidden
# torch.nn.functional.sigmoid through an import alias.
from torch.nn import functional as nnf


def sigmoid(x):
    return nnf.sigmoid(x)
