# expect: wrong_answer
# variant: no absolute value
# Forgets the absolute value: only over-predictions in one direction count.
import torch


def zero_one_loss(pred, target, threshold=None):
    wrong = pred != target if threshold is None else (target - pred) >= threshold
    return wrong.to(pred.dtype if pred.is_floating_point() else torch.float32).mean()
