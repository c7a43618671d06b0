# expect: wrong_answer
# variant: one alpha for every element
# alpha as a plain scalar factor on every element: no alpha_t, so negatives get alpha too.
import torch
import torch.nn.functional as F


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    prob = inputs.sigmoid()
    bce = F.binary_cross_entropy_with_logits(inputs, targets, reduction="none")
    pt = torch.where(targets == 1, prob, 1 - prob)
    loss = bce * (1 - pt) ** gamma
    if alpha >= 0:
        loss = alpha * loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
