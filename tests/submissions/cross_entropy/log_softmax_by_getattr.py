# expect: forbidden
# message: aten::_log_softmax
# log_softmax through torch._C._VariableFunctions._log_softmax, fetched by getattr: no forbidden name.
import torch

_lsm = getattr(torch._C._VariableFunctions, "_log" + "_soft" + "max")


def cross_entropy(logits, target, reduction="mean"):
    logp = _lsm(logits, 1, False)
    loss = -logp.gather(1, target[:, None])[:, 0]
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
