# expect: accepted
# The ShuffleNet recipe: view as [N, g, C/g, H, W], transpose, flatten back.
def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    return x.view(n, groups, c // groups, h, w).transpose(1, 2).contiguous().view(n, c, h, w)
