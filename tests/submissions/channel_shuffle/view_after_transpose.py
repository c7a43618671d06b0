# expect: runtime_error
# .view on the transposed (non-contiguous) tensor: PyTorch refuses.
# message: view
def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    return x.view(n, groups, c // groups, h, w).transpose(1, 2).view(n, c, h, w)
