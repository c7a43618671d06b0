# expect: wrong_answer
# variant: the smoothing term kept at ignored positions
# ignore_index masks the NLL term only; the smoothing term of an ignored position still counts.
# message: targets -100 ignored
import torch


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    logp = logits - torch.logsumexp(logits, dim=1, keepdim=True)
    valid = target != ignore_index
    t = torch.where(valid, target, 0)
    nll = torch.where(valid, -logp.gather(1, t.unsqueeze(1)).squeeze(1), 0.0)
    loss = (1 - smoothing) * nll - smoothing * logp.mean(dim=1)
    if reduction == "none":
        return loss
    return loss.sum() / valid.sum() if reduction == "mean" else loss.sum()
