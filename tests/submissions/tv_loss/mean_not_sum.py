# expect: wrong_answer
# variant: means instead of sums
# Averages the differences (torch.mean) instead of summing over C, H, W.
# message: output: .* expected 14, got
def tv_loss(x, beta=None):
    if beta is None:
        return (x[:, :, 1:, :] - x[:, :, :-1, :]).abs().mean() + (x[:, :, :, 1:] - x[:, :, :, :-1]).abs().mean()
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).mean()
