# expect: wrong_answer
# variant: log(sigmoid(x)) taken literally
# The textbook formula taken literally: log(sigmoid(x)) and log(1 - sigmoid(x)) give
# -inf (and inf * 0 = nan) at logits of +-1000.
# message: NaN or inf
import torch


def bce_with_logits(logits, targets, reduction="mean"):
    p = torch.sigmoid(logits)
    loss = -(targets * torch.log(p) + (1 - targets) * torch.log(1 - p))
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
