# expect: wrong_answer
# Computes the value in NumPy and wraps it in a new tensor: nothing to backpropagate.
# message: x.grad is None
import numpy as np
import torch


def tv_loss(x, beta=None):
    a = x.detach().cpu().numpy()
    n = a.shape[0]
    if beta is None:
        v = (np.abs(np.diff(a, axis=2)).sum() + np.abs(np.diff(a, axis=3)).sum()) / n
    else:
        dw = a[:, :, :-1, 1:] - a[:, :, :-1, :-1]
        dh = a[:, :, 1:, :-1] - a[:, :, :-1, :-1]
        v = ((dw ** 2 + dh ** 2) ** (beta / 2)).sum() / n
    return torch.tensor(v, dtype=x.dtype, device=x.device)
