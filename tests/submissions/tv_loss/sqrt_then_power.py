# expect: wrong_answer
# The beta form as (sqrt(dx^2 + dy^2)) ** beta: right values, but sqrt's gradient at 0 is inf,
# so every flat region gets a nan gradient, even for beta = 2 where the loss is smooth.
# message: x.grad .*nan|NaN
import torch


def tv_loss(x, beta=None):
    n = x.shape[0]
    dh = torch.diff(x, dim=2)
    dw = torch.diff(x, dim=3)
    if beta is None:
        return (dh.abs().sum() + dw.abs().sum()) / n
    norm = torch.sqrt(dw[:, :, :-1, :] ** 2 + dh[:, :, :, :-1] ** 2)
    return (norm ** beta).sum() / n
