# expect: wrong_answer
# variant: the count of errors
# Returns the number of errors instead of their mean (the error rate).
import torch


def zero_one_loss(pred, target, threshold=None):
    wrong = pred != target if threshold is None else (target - pred).abs() >= threshold
    return wrong.to(pred.dtype if pred.is_floating_point() else torch.float32).sum()
