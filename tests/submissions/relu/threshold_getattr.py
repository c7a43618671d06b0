# expect: forbidden
# F.threshold(x, 0, 0) is relu, reached through getattr.
import torch.nn.functional as F


def relu(x):
    return getattr(F, "threshold")(x, 0.0, 0.0)
