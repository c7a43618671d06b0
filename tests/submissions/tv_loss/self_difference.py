# expect: wrong_answer
# A slicing typo compares every pixel with itself in the vertical term: it is always 0.
# message: result|output
def tv_loss(x, beta=None):
    n = x.shape[0]
    if beta is None:
        dh = x[:, :, 1:, :] - x[:, :, 1:, :]
        dw = x[:, :, :, 1:] - x[:, :, :, :-1]
        return (dh.abs().sum() + dw.abs().sum()) / n
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum() / n
