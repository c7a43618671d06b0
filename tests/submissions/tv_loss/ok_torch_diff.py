# expect: accepted
# torch.diff along each axis, then crop both to the (H-1)x(W-1) grid for the beta form.
import torch


def tv_loss(x, beta=None):
    n = x.shape[0]
    dh = torch.diff(x, dim=2)   # [N,C,H-1,W]
    dw = torch.diff(x, dim=3)   # [N,C,H,W-1]
    if beta is None:
        return (dh.abs().sum() + dw.abs().sum()) / n
    sq = dw[:, :, :-1, :] ** 2 + dh[:, :, :, :-1] ** 2
    return torch.pow(sq, beta / 2).sum() / n
