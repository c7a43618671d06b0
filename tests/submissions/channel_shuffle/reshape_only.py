# expect: wrong_answer
# variant: a reshape without the transpose
# Reshapes to [N, g, C/g, H, W] and straight back: nothing moves.
# message: did not move
def channel_shuffle(x, groups):
    n, c, h, w = x.shape
    return x.reshape(n, groups, c // groups, h, w).reshape(n, c, h, w)
