# expect: wrong_answer
# Computed in numpy and wrapped back: right values, but no gradient reaches `input`.
# message: input.grad is None
import numpy as np
import torch


def l1_loss(input, target, reduction="mean"):
    loss = np.abs(input.detach().cpu().numpy() - target.detach().cpu().numpy())
    if reduction == "mean":
        loss = loss.mean()
    elif reduction == "sum":
        loss = loss.sum()
    return torch.as_tensor(loss, dtype=input.dtype, device=input.device)
