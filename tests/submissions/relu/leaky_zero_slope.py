# expect: forbidden
# leaky_relu with slope 0 is relu, torch's own.
import torch.nn.functional as F


def relu(x):
    return F.leaky_relu(x, 0.0)
