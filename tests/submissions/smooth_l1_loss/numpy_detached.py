# expect: wrong_answer
# Computed in numpy and wrapped back into a tensor: no gradient reaches `input`.
# message: input\.grad is None
import numpy as np
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input.detach().cpu().numpy() - target.detach().cpu().numpy()
    ad = np.abs(d)
    loss = ad if beta == 0 else np.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "mean":
        loss = loss.mean()
    elif reduction == "sum":
        loss = loss.sum()
    return torch.as_tensor(loss, dtype=input.dtype, device=input.device)
