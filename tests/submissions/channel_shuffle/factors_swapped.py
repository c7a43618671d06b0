# expect: wrong_answer
# variant: the factors swapped
# Views the channels as [N, C/g, g, H, W] before the transpose: the shuffle with C/g groups.
# message: swapped
def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    return x.reshape(n, c // groups, groups, h, w).transpose(1, 2).reshape(n, c, h, w)
