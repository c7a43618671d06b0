# expect: wrong_answer
# variant: |Y - f(X)| > T
# `>` instead of `>=` at the threshold: a difference of exactly T must count as 1.
# message: threshold
import torch


def zero_one_loss(pred, target, threshold=None):
    wrong = pred != target if threshold is None else (target - pred).abs() > threshold
    return wrong.to(pred.dtype if pred.is_floating_point() else torch.float32).mean()
