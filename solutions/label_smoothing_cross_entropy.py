"""Reference: cross-entropy with label smoothing and ignore_index on class-index targets,
as torch.nn.functional.cross_entropy(logits, target, label_smoothing=smoothing,
reduction=reduction, ignore_index=ignore_index) (no class weights).

    logits: float32 or float64 [N, C] or [N, C, d1, ..., dk] (classes on dim 1);
    target: int64 [N] or [N, d1, ..., dk], each entry in [0, C) or equal to ignore_index.
    Per position (log p = log_softmax over dim 1, stable: the max is subtracted first):
      loss = (1 - smoothing) * (-log p[target]) + smoothing * mean_c(-log p[c]),
    i.e. the cross-entropy against the target distribution (1 - smoothing) * onehot + smoothing / C;
    0 where target == ignore_index (the smoothing term too).
    "none": the per-position losses [N, d1, ...]; "sum": their sum; "mean": their sum divided
    by the number of positions whose target is not ignore_index (nan when there are none).
    Differentiable by autograd in logits; keeps the logits' dtype and device.
"""
import torch


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    c = logits.shape[1]
    m = logits.max(dim=1, keepdim=True).values.detach() if logits.numel() else 0.0
    shifted = logits - m
    logp = shifted - torch.log(torch.exp(shifted).sum(dim=1, keepdim=True))  # log_softmax over dim 1
    valid = target != ignore_index
    safe = torch.where(valid, target, torch.zeros_like(target))  # any class: the row is masked below
    nll = -logp.gather(1, safe.unsqueeze(1)).squeeze(1)
    uniform = -logp.sum(dim=1) / c
    zero = torch.zeros((), dtype=logits.dtype, device=logits.device)
    loss = torch.where(valid, (1 - smoothing) * nll + smoothing * uniform, zero)
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    if reduction == "mean":
        return loss.sum() / valid.sum()  # over the positions not ignored: 0 / 0 = nan when none
    raise ValueError(f"{reduction} is not a valid value for reduction")
