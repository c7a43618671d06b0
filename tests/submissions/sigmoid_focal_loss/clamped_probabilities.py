# expect: wrong_answer
# "Stabilised" by clamping p_t to [1e-8, 1]: finite, but a logit of 100 with target 0
# costs 100 * 0.75, not -log(1e-8) * 0.75.
# message: expected 75, got 13
import torch


def sigmoid_focal_loss(inputs, targets, alpha=0.25, gamma=2.0, reduction="none"):
    p = torch.sigmoid(inputs)
    p_t = (p * targets + (1 - p) * (1 - targets)).clamp(min=1e-8)
    loss = -torch.log(p_t) * (1 - p_t) ** gamma
    if alpha >= 0:
        loss = (alpha * targets + (1 - alpha) * (1 - targets)) * loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
