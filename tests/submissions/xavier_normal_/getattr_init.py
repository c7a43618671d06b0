# expect: forbidden
# torch.nn.init reached through getattr.
import torch


def xavier_normal_(tensor, gain=1.0):
    return getattr(torch.nn.init, "xavier_normal_")(tensor, gain)
