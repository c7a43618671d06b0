# expect: wrong_answer
# One torch.where for every beta: with beta = 0 the values are right, but the unused
# quadratic piece divides by zero and backpropagates 0 * inf = nan into the gradient.
# message: beta=0.*input\.grad.*NaN
import torch


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = input - target
    ad = d.abs()
    loss = torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
