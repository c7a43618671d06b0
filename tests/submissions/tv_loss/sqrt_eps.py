# expect: wrong_answer
# |d| written as sqrt(d**2 + 1e-8) "to avoid the kink": every zero difference adds 1e-4.
# message: constant image
import torch


def tv_loss(x, beta=None):
    n = x.shape[0]
    if beta is None:
        dh = x[:, :, 1:, :] - x[:, :, :-1, :]
        dw = x[:, :, :, 1:] - x[:, :, :, :-1]
        return (torch.sqrt(dh ** 2 + 1e-8).sum() + torch.sqrt(dw ** 2 + 1e-8).sum()) / n
    a = x[:, :, :-1, 1:] - x[:, :, :-1, :-1]
    b = x[:, :, 1:, :-1] - x[:, :, :-1, :-1]
    return (a ** 2 + b ** 2).pow(beta / 2).sum() / n
