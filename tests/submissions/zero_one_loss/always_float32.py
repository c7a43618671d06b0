# expect: wrong_answer
# `.float()` whatever the input: float64 inputs must give a float64 result.
# message: dtype torch.float32, expected torch.float64


def zero_one_loss(pred, target, threshold=None):
    wrong = pred != target if threshold is None else (target - pred).abs() >= threshold
    return wrong.float().mean()
