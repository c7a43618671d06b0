# expect: accepted
# An honest variant: p_t by torch.where and the cross-entropy as -logsigmoid(+-x).
import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    pos = targets == 1
    z = torch.where(pos, inputs, -inputs)  # p_t = sigmoid(z)
    ce = -F.logsigmoid(z)
    loss = ce * torch.sigmoid(-z) ** gamma
    if alpha >= 0:
        loss = torch.where(pos, alpha * loss, (1 - alpha) * loss)
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
