# expect: forbidden
# scipy's name for it, reached in torch.special through getattr.
import torch


def sigmoid(x):
    return getattr(torch.special, "expit")(x)
