# expect: wrong_answer
# variant: a mean over every position, ignored ones included
# "mean" as loss.mean(): divides by every position, ignored ones included; torch divides by
# the number of targets that are not ignore_index.
# message: ignored, reduction=mean
import torch


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    logp = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    valid = target != ignore_index
    t = torch.where(valid, target, 0)
    nll = -logp.gather(1, t.unsqueeze(1)).squeeze(1)
    loss = torch.where(valid, (1 - smoothing) * nll - smoothing * logp.mean(dim=1), 0.0)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
