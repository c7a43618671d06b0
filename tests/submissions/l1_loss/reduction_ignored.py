# expect: wrong_answer
# Always returns the mean, whatever `reduction` says.
# message: shape
import torch


def l1_loss(input, target, reduction="mean"):
    return (input - target).abs().mean()
