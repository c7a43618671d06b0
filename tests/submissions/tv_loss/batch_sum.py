# expect: wrong_answer
# variant: a sum over the batch too
# Sums over the batch too (no division by N): right only when N = 1.
# message: N=2
def tv_loss(x, beta=None):
    if beta is None:
        return (x[:, :, 1:, :] - x[:, :, :-1, :]).abs().sum() + (x[:, :, :, 1:] - x[:, :, :, :-1]).abs().sum()
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum()
