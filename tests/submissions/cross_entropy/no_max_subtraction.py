# expect: wrong_answer
# variant: no row-max subtraction
# log(sum(exp(x))) without subtracting the row max: exp(1000) overflows to inf.
# message: got inf
import torch


def cross_entropy(logits, target, reduction="mean"):
    log_z = torch.log(torch.exp(logits).sum(dim=1))
    loss = log_z - logits.gather(1, target[:, None]).squeeze(1)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
