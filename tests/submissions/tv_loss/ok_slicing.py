# expect: accepted
# Neighbour differences by slicing; the beta form on the (H-1)x(W-1) grid.
def tv_loss(x, beta=None):
    if beta is None:
        tv = (x[:, :, 1:, :] - x[:, :, :-1, :]).abs().sum() + (x[:, :, :, 1:] - x[:, :, :, :-1]).abs().sum()
        return tv / x.shape[0]
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum() / x.shape[0]
