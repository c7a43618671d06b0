# expect: accepted
# An honest variant: torch.where to 1/0 in the right dtype, then mean.
import torch


def zero_one_loss(pred, target, threshold=None):
    dtype = pred.dtype if pred.is_floating_point() else torch.float32
    if threshold is None:
        bad = pred != target
    else:
        bad = torch.abs(target - pred) >= threshold
    one = torch.ones((), dtype=dtype, device=pred.device)
    return torch.where(bad, one, torch.zeros_like(one)).mean()
