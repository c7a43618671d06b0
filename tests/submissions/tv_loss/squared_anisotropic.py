# expect: wrong_answer
# variant: squared differences for beta=None
# Squares the differences when beta is None (that is the beta=2-like smooth version, not TV).
# message: expected 14, got 62
def tv_loss(x, beta=None):
    n = x.shape[0]
    if beta is None:
        return (((x[:, :, 1:, :] - x[:, :, :-1, :]) ** 2).sum() + ((x[:, :, :, 1:] - x[:, :, :, :-1]) ** 2).sum()) / n
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum() / n
