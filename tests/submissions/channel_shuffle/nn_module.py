# expect: forbidden
# The nn.ChannelShuffle module.
import torch.nn as nn


def channel_shuffle(x, groups):
    return nn.ChannelShuffle(groups)(x)
