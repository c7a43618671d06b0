# expect: wrong_answer
# Off by one in the slices: differences between pixels two apart (x[2:] - x[:-2]).
# message: output: .* expected 14, got
def tv_loss(x, beta=None):
    n = x.shape[0]
    if beta is None:
        dh = x[:, :, 2:, :] - x[:, :, :-2, :]
        dw = x[:, :, :, 2:] - x[:, :, :, :-2]
        return (dh.abs().sum() + dw.abs().sum()) / n
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum() / n
