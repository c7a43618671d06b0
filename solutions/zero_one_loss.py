"""Reference: the 0-1 loss, averaged over all elements (the misclassification rate)."""
import torch


def zero_one_loss(pred: torch.Tensor, target: torch.Tensor, threshold=None) -> torch.Tensor:
    """pred, target: tensors of the same shape (integer class labels or floats).

    Per element: threshold None -> 1 if target != pred else 0 (exact equality);
    threshold T -> 1 if |target - pred| >= T else 0 (a tie at exactly T counts as 1).
    Returns the mean over all elements as a 0-d tensor on the input's device: the input's
    dtype for floating inputs, float32 for integer ones; nan for empty inputs (as torch.mean).
    """
    if threshold is None:
        wrong = pred != target
    else:
        wrong = (target - pred).abs() >= threshold
    dtype = pred.dtype if pred.is_floating_point() else torch.float32
    return wrong.to(dtype).mean()
