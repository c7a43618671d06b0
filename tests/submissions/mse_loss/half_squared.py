# expect: wrong_answer
# variant: the 1/2 * d**2 convention
# The "1/2 d^2" convention of some notes: torch's mse_loss has no 1/2.


def mse_loss(input, target, reduction="mean"):
    loss = 0.5 * (input - target) ** 2
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
