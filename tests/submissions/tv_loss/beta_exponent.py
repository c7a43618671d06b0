# expect: wrong_answer
# variant: the power beta instead of beta / 2
# Raises the squared norm to beta instead of beta / 2.
# message: beta=2
def tv_loss(x, beta=None):
    n = x.shape[0]
    if beta is None:
        return ((x[:, :, 1:, :] - x[:, :, :-1, :]).abs().sum() + (x[:, :, :, 1:] - x[:, :, :, :-1]).abs().sum()) / n
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta).sum() / n
