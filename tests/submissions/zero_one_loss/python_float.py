# expect: wrong_answer
# Returns a Python float (`.item()`) instead of a 0-d tensor.
# message: expected a torch tensor


def zero_one_loss(pred, target, threshold=None):
    wrong = pred != target if threshold is None else (target - pred).abs() >= threshold
    return (wrong.sum() / wrong.numel()).item()
