# expect: wrong_answer
# softmax, then log: probabilities of logits 2000 below the max underflow to 0, and the
# smoothing term (which uses every class) becomes inf.
# message: inf
import torch


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    logp = torch.log(torch.softmax(logits, dim=1))
    valid = target != ignore_index
    t = torch.where(valid, target, 0)
    nll = -logp.gather(1, t.unsqueeze(1)).squeeze(1)
    loss = torch.where(valid, (1 - smoothing) * nll - smoothing * logp.mean(dim=1), 0.0)
    if reduction == "none":
        return loss
    return loss.sum() / valid.sum() if reduction == "mean" else loss.sum()
