# expect: wrong_answer
# variant: a mean over the batch only
# "mean" divides by the batch size only, not by the number of elements.


def mse_loss(input, target, reduction="mean"):
    loss = (input - target) ** 2
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / len(input)
