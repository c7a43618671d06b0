# expect: wrong_answer
# variant: the sum for reduction="mean"
# "mean" as the sum of the squared errors (the division by the number of elements forgotten).


def mse_loss(input, target, reduction="mean"):
    loss = (input - target).pow(2)
    if reduction == "none":
        return loss
    return loss.sum()
