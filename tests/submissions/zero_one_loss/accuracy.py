# expect: wrong_answer
# variant: the accuracy
# The fraction of elements that are right (the accuracy), not the fraction that are wrong.
import torch


def zero_one_loss(pred, target, threshold=None):
    right = pred == target if threshold is None else (target - pred).abs() < threshold
    return right.to(pred.dtype if pred.is_floating_point() else torch.float32).mean()
