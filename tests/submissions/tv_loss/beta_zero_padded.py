# expect: wrong_answer
# The beta form over every pixel, with a missing difference (last row / column) taken as 0:
# the contract only sums the pixels where both differences exist.
# message: beta=2
import torch.nn.functional as F


def tv_loss(x, beta=None):
    n = x.shape[0]
    dh = F.pad(x[:, :, 1:, :] - x[:, :, :-1, :], (0, 0, 0, 1))   # [N,C,H,W], last row 0
    dw = F.pad(x[:, :, :, 1:] - x[:, :, :, :-1], (0, 1))         # [N,C,H,W], last column 0
    if beta is None:
        return (dh.abs().sum() + dw.abs().sum()) / n
    return (dh ** 2 + dw ** 2).pow(beta / 2).sum() / n
