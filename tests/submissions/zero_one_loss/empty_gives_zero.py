# expect: wrong_answer
# Special-cases the empty input as 0 instead of nan (the mean of nothing).
# message: expected nan, got 0
import torch


def zero_one_loss(pred, target, threshold=None):
    dtype = pred.dtype if pred.is_floating_point() else torch.float32
    if pred.numel() == 0:
        return torch.zeros((), dtype=dtype, device=pred.device)
    wrong = pred != target if threshold is None else (target - pred).abs() >= threshold
    return wrong.to(dtype).mean()
