"""Reference: ShuffleNet's channel shuffle, as torch.nn.ChannelShuffle.

    x [N, C, H, W], any dtype; groups divides C.
    View the channels as [groups, C // groups], transpose to [C // groups, groups] and
    flatten back: output channel k = j * groups + g takes input channel g * (C // groups) + j.
    (C = 6, groups = 2: output channels are input channels 0, 3, 1, 4, 2, 5.)
    -> [N, C, H, W], same dtype and device.
"""


def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    return x.reshape(n, groups, c // groups, h, w).transpose(1, 2).reshape(n, c, h, w)
