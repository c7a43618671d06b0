# expect: forbidden
# message: aten::_log_softmax
# log_softmax through torch._C._VariableFunctions._log_softmax, fetched by getattr: no forbidden name.
import torch

_lsm = getattr(torch._C._VariableFunctions, "_log" + "_soft" + "max")


def label_smoothing_cross_entropy(logits, target, smoothing=0.1, reduction="mean", ignore_index=-100):
    logp = _lsm(logits, 1, False)
    c = logits.shape[1]
    keep = target != ignore_index
    t = torch.where(keep, target, torch.zeros_like(target))
    nll = -logp.gather(1, t.unsqueeze(1)).squeeze(1)
    smooth = -logp.sum(1) / c
    loss = torch.where(keep, (1 - smoothing) * nll + smoothing * smooth, torch.zeros_like(nll))
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    return loss.sum() / keep.sum()
